const DARK = '#1b1f24';
const LIGHT = '#ffffff';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark or white text, whichever contrasts more with the `#rrggbb` background (another client may pick any colour). */
export function readableTextColor(background: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(background)) return DARK;
  const bg = luminance(background);
  const onLight = (bg + 0.05) / (luminance(DARK) + 0.05);
  const onDark = 1.05 / (bg + 0.05);
  return onDark >= onLight ? LIGHT : DARK;
}
