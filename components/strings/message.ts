/**
 * A message with plural forms, chosen by its `count` parameter through `Intl.PluralRules`
 * of the UI locale (CLDR categories); `other` is the form for any category not given.
 */
export type PluralForms = { readonly other: string } & {
  readonly [Category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

/** One UI string: plain text, or plural forms. `{name}` marks a parameter in either. */
export type Message = string | PluralForms;
