import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Paths of the bundled font files (from the npm font packages, so every machine draws the same). */
export function fontFiles(): {
  readonly regular: string;
  readonly semibold: string;
  readonly bold: string;
  readonly italic: string;
  readonly cjk: string;
} {
  return {
    regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
    semibold: require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
    bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
    italic: require.resolve('@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf'),
    cjk: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  };
}
