/** The HTML gate: every built page must be valid HTML, checked with html-validate. */
import { HtmlValidate, type ConfigData } from 'html-validate';

/** Recommended rules, with the exceptions this site needs and why. */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki colours code with CSS variables for both themes.
    'no-inline-style': [
      'error',
      { allowedProperties: ['--shiki-light', '--shiki-dark', '--shiki-light-bg', '--shiki-dark-bg', 'overflow-x', 'display'] },
    ],
    // A scrollable table is a focusable `role="region"`, the pattern WAI recommends for wide tables.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
};

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
}

const validator = new HtmlValidate(htmlValidateConfig);

/** Validates one document; an empty list means valid. */
export async function validateHtml(file: string, html: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((m) => ({ file, line: m.line, column: m.column, ruleId: m.ruleId, message: m.message })),
  );
}
