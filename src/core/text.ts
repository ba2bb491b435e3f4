/** Languages every human-readable text exists in. */
export type Lang = 'da' | 'en';

/** A text in Danish and English. A missing translation is a type error. */
export interface Localized {
  readonly da: string;
  readonly en: string;
}

/** Fills `{name}` placeholders from `data`; unknown placeholders stay visible so a typo shows in tests. */
export function fill(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}

/** Renders both languages of a localized template. */
export function fillLocalized(
  text: Localized,
  data: Readonly<Record<string, string | number>> = {},
): Localized {
  return { da: fill(text.da, data), en: fill(text.en, data) };
}
