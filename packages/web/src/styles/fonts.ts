// Inter, the typeface render measures text with, from the same npm package the PNG/PDF renderer
// embeds: the editor's map wraps and fits text exactly as exports do, on every machine.

import regular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import italic from '@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf?url';
import semibold from '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf?url';
import bold from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';

const faces: readonly [string, FontFaceDescriptors][] = [
  [regular, { weight: '400' }],
  [italic, { weight: '400', style: 'italic' }],
  [semibold, { weight: '500 600' }],
  [bold, { weight: '700' }],
];

/** Adds Inter to the document's fonts; resolves when they are loaded (or failed: the fallback then shows). */
export async function loadFonts(fonts: FontFaceSet): Promise<void> {
  await Promise.allSettled(
    faces.map(async ([url, descriptors]) => {
      const face = new FontFace('Inter', `url(${url})`, { display: 'swap', ...descriptors });
      fonts.add(face);
      await face.load();
    }),
  );
}
