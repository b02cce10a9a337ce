export const themeNames = ['light', 'dark', 'print'] as const;
export type ThemeName = (typeof themeNames)[number];

/** A coloured kind of mark: its accent (bars, badges), a soft fill, and text on the fill. */
export interface Tone {
  readonly accent: string;
  readonly fill: string;
  readonly text: string;
  /** Text on the accent colour (badges). */
  readonly onAccent: string;
}

/** Every colour and stroke the map uses. A small palette, kept in one place. */
export interface Theme {
  readonly name: ThemeName;
  readonly background: string;
  /** Card fill. */
  readonly surface: string;
  /** Every other lane row gets this band. */
  readonly band: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly border: string;
  readonly cardStroke: number;
  readonly stageFills: readonly string[];
  readonly stageAccents: readonly string[];
  readonly stageText: string;
  /** Okabe–Ito: colour-blind-safe persona colours, in order of appearance. */
  readonly personaColors: readonly string[];
  /** Dash patterns of the persona curves ([] = solid). Print varies them, so curves differ without colour. */
  readonly personaDashes: readonly (readonly number[])[];
  readonly pain: Tone;
  readonly gain: Tone;
  readonly opportunity: Tone;
  readonly moment: Tone;
  readonly metric: Tone;
  readonly thought: { readonly fill: string; readonly stroke: string };
  readonly blueprint: { readonly fill: string; readonly stroke: string; readonly text: string };
  /** Tint of the emotion band below the neutral axis, and its opacity. */
  readonly negativeZone: string;
  readonly negativeOpacity: number;
  /** Hatch the negative zone (print: not colour alone). */
  readonly hatchNegative: boolean;
  readonly link: string;
  readonly pathKinds: Readonly<Record<'happy' | 'unhappy' | 'exception' | 'alternative', string>>;
}

const okabeIto = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];

const light: Theme = {
  name: 'light',
  background: '#FFFFFF',
  surface: '#FFFFFF',
  band: '#F6F7F9',
  text: '#1B2430',
  muted: '#5A6472',
  grid: '#DDE2E8',
  border: '#C9D0D9',
  cardStroke: 1,
  stageFills: ['#E3EEFA', '#E2F3EC', '#FCEEDA', '#EEE7F8', '#FBE4E7', '#E1F1F4', '#F4F0DC', '#E9ECF0'],
  stageAccents: ['#2F6DB0', '#23805C', '#B0670C', '#6C46A6', '#B23A4E', '#1D7A88', '#857020', '#4A5768'],
  stageText: '#1B2430',
  personaColors: okabeIto,
  personaDashes: [[]],
  pain: { accent: '#C62828', fill: '#FDEDED', text: '#8E1B1B', onAccent: '#FFFFFF' },
  gain: { accent: '#2E7D32', fill: '#EAF5EA', text: '#1F5B23', onAccent: '#FFFFFF' },
  opportunity: { accent: '#4F46B8', fill: '#EFEEFB', text: '#352E8A', onAccent: '#FFFFFF' },
  moment: { accent: '#C99A06', fill: '#FFF7D6', text: '#6B5200', onAccent: '#1B2430' },
  metric: { accent: '#1D7A88', fill: '#E6F4F6', text: '#145560', onAccent: '#FFFFFF' },
  thought: { fill: '#F3F5F8', stroke: '#D3D9E0' },
  blueprint: { fill: '#FFFFFF', stroke: '#D3D9E0', text: '#3C4654' },
  negativeZone: '#D32F2F',
  negativeOpacity: 0.06,
  hatchNegative: false,
  link: '#2F6DB0',
  pathKinds: { happy: '#23805C', unhappy: '#C62828', exception: '#B0670C', alternative: '#4F46B8' },
};

const dark: Theme = {
  name: 'dark',
  background: '#12161C',
  surface: '#1B222B',
  band: '#171C23',
  text: '#E8ECF1',
  muted: '#A2ACB8',
  grid: '#2E3744',
  border: '#3A4554',
  cardStroke: 1,
  stageFills: ['#1C3350', '#17372C', '#43321A', '#2E2545', '#46232B', '#163B42', '#3A3519', '#2A313B'],
  stageAccents: ['#7DB3F0', '#6CD3A5', '#F2B15C', '#B99AF0', '#F08A9C', '#6CCCDA', '#D9C465', '#A8B3C2'],
  stageText: '#E8ECF1',
  personaColors: ['#56B4E9', '#E69F00', '#2FCB9B', '#E58CC0', '#9AD0F5', '#FF7A3D', '#F4F4F4', '#F0E442'],
  personaDashes: [[]],
  pain: { accent: '#FF6B6B', fill: '#3A1F23', text: '#FFB3B3', onAccent: '#12161C' },
  gain: { accent: '#5FD08A', fill: '#1B3326', text: '#A8EBC0', onAccent: '#12161C' },
  opportunity: { accent: '#A39BFF', fill: '#26244A', text: '#CFCBFF', onAccent: '#12161C' },
  moment: { accent: '#F5C542', fill: '#3A3214', text: '#FBE3A0', onAccent: '#12161C' },
  metric: { accent: '#6CCCDA', fill: '#16343A', text: '#B5E8EF', onAccent: '#12161C' },
  thought: { fill: '#222A35', stroke: '#3A4554' },
  blueprint: { fill: '#171C23', stroke: '#3A4554', text: '#C3CBD5' },
  negativeZone: '#FF6B6B',
  negativeOpacity: 0.09,
  hatchNegative: false,
  link: '#7DB3F0',
  pathKinds: { happy: '#6CD3A5', unhappy: '#FF6B6B', exception: '#F2B15C', alternative: '#A39BFF' },
};

const print: Theme = {
  name: 'print',
  background: '#FFFFFF',
  surface: '#FFFFFF',
  band: '#FFFFFF',
  text: '#000000',
  muted: '#333333',
  grid: '#9A9A9A',
  border: '#000000',
  cardStroke: 1.5,
  stageFills: ['#F2F2F2', '#FFFFFF'],
  stageAccents: ['#000000'],
  stageText: '#000000',
  personaColors: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000', '#56B4E9', '#E69F00', '#666666'],
  personaDashes: [[], [9, 5], [2, 4], [12, 4, 2, 4]],
  pain: { accent: '#B00000', fill: '#FFFFFF', text: '#000000', onAccent: '#FFFFFF' },
  gain: { accent: '#006B1E', fill: '#FFFFFF', text: '#000000', onAccent: '#FFFFFF' },
  opportunity: { accent: '#2A2390', fill: '#FFFFFF', text: '#000000', onAccent: '#FFFFFF' },
  moment: { accent: '#000000', fill: '#FFFFFF', text: '#000000', onAccent: '#FFFFFF' },
  metric: { accent: '#000000', fill: '#FFFFFF', text: '#000000', onAccent: '#FFFFFF' },
  thought: { fill: '#FFFFFF', stroke: '#000000' },
  blueprint: { fill: '#FFFFFF', stroke: '#555555', text: '#000000' },
  negativeZone: '#000000',
  negativeOpacity: 0.04,
  hatchNegative: true,
  link: '#000000',
  pathKinds: { happy: '#006B1E', unhappy: '#B00000', exception: '#8A5A00', alternative: '#2A2390' },
};

const themes: Readonly<Record<ThemeName, Theme>> = { light, dark, print };

/** The theme of this name. */
export function themeFor(name: ThemeName): Theme {
  return themes[name];
}

/** Black or white, whichever reads better on this colour. */
export function textOn(color: string): string {
  const value = Number.parseInt(color.slice(1), 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance > 0.36 ? '#111111' : '#FFFFFF';
}
