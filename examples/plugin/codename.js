// draftlint-plugin-codename: the plugin module a config names in `plugins`. Its rules are named codename/<rule>.
import { codeName } from './code-name.js';

export default {
  name: 'codename',
  rules: { 'code-name': codeName },
  configs: {
    recommended: { rules: { 'codename/code-name': 'error' } },
  },
};
