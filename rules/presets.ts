// The built-in shared configs, named `draftlint:<name>` in `extends`. They name rules, so they live beside them.
import type { Config } from '../src/config/config.js';

export const PRESETS: Record<string, Config> = {
  // Every rule at its own severity: what draftlint does with no config.
  recommended: {},
  // For a team that wants a draft fixed before it is sent: every uncertain time is an error.
  strict: {
    rules: {
      'vague-time': ['error', { minConfidence: 0 }],
      'ambiguous-clock': 'error',
      'past-date': 'error',
      'relative-date': 'warn',
      'request-confirmation': 'warn',
      'missing-attachment': 'error',
    },
  },
  // For a documentation repository: pages, not mail; long explanations are the point, and nothing is attached.
  docs: {
    rules: {
      'wall-of-text': 'off',
      'missing-attachment': 'off',
      'request-confirmation': 'off',
    },
    ignores: ['**/CHANGELOG.md', '**/node_modules/**'],
  },
  // For mail drafts: who reads it and what it carries matter most.
  email: {
    rules: {
      'missing-attachment': 'error',
      'public-criticism': 'error',
      'mass-complaint': 'error',
      'bad-news-by-mail': 'warn',
      'request-confirmation': 'warn',
    },
  },
};
