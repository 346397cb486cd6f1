// `draftlint init`: writes a commented starter config, chosen by what the repository holds — a docs repository
// (Markdown only) gets the settings for standing pages, one with drafts (.eml, .txt) the settings for messages.
import { Command } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import { SEARCH_PLACES } from '../config/config.js';
import { NEVER } from '../discovery.js';
import { UsageError } from '../input/errors.js';
const HEADER = `# draftlint configuration. Each rule is off, info, warn or error, or [severity, { options }];
# the rules and their options: npx draftlint rules, and docs/rules/<rule>.md in the package.
# Editors complete and check this file against the schema:
# yaml-language-server: $schema=./node_modules/draftlint/schema/draftlint.schema.json
`;
const RULES = `  # meeting-5w2h: error          # a notice without start time or place (who, what … are warnings and info)
  # weekday-mismatch: error      # 2026年12月5日（週五） when the 5th is a Saturday
  # time-conflict: error         # one moment written in two zones that disagree
  # vague-time: warn             # 稍後, 改天, "soon", "ASAP"
  # ambiguous-clock: warn        # 3點 with nothing saying morning or afternoon
  # past-date: warn              # a notice whose day is already past
  # relative-date: info          # 明天, "next Tuesday": the date written after it (--fix)
  # request-confirmation: info   # a notice or request that asks for no reply
  # mass-complaint: warn         # a complaint sent to a group
  # public-criticism: warn       # a colleague blamed by name before a group
  # bad-news-by-mail: warn       # layoffs, closures, cancellations broken by mass mail
  # missing-attachment: warn     # "see attached" with nothing attached
  # wall-of-text: info           # sentences and paragraphs too long for a message
`;
const PRESETS = {
    docs: `${HEADER}
# Chosen for a documentation repository (Markdown, no email drafts). Pages stand for months: a wrong weekday
# or a meeting notice without a start time or a place is an error. The rules about tone and replies look at
# messages only, so they stay quiet on pages. Uncomment a line to change a rule; the defaults are shown.
rules:
${RULES}
# Files that record the past (changelogs, minutes) rather than announce anything.
ignores:
  - "**/CHANGELOG.md"
  # - "meetings/minutes/**"

# Settings for some files only:
# overrides:
#   - files: "community/**"
#     rules:
#       vague-time: error
`,
    email: `${HEADER}
# Chosen for drafts of emails and messages (.eml, .txt): every rule is on with its default severity, shown
# below; uncomment a line to change it. Relative dates (明天, "next Tuesday") resolve against the email's Date
# header, else the time of the check.
rules:
${RULES}
# A word your team's readers do understand can be taken out of a word list, for example:
#   vague-time: [warn, { disabled: [asap] }]
`,
};
/** What the repository holds decides the preset: any .eml or .txt draft makes it an email repository. */
export async function choosePreset(cwd) {
    const drafts = await glob(['**/*.eml', '**/*.txt'], { cwd, ignore: NEVER });
    if (drafts.length)
        return { preset: 'email', evidence: `${drafts.length} .eml/.txt file${drafts.length === 1 ? '' : 's'}` };
    const pages = await glob(['**/*.{md,markdown,mdx}'], { cwd, ignore: NEVER });
    return {
        preset: 'docs',
        evidence: `${pages.length} Markdown file${pages.length === 1 ? '' : 's'} and no .eml or .txt drafts`,
    };
}
function hasConfig(path) {
    if (!existsSync(path))
        return false;
    if (!path.endsWith('package.json'))
        return true;
    try {
        return 'draftlint' in JSON.parse(readFileSync(path, 'utf8'));
    }
    catch {
        return false;
    }
}
export function initCommand(say) {
    return new Command('init')
        .description('write a commented starter config (.draftlintrc.yaml) chosen by what the repository holds')
        .addHelpText('after', '\nExamples:\n  $ draftlint init                 choose docs or email settings from the files here\n  $ draftlint init --preset email  choose them yourself')
        .option('--preset <name>', 'docs or email (default: chosen from the files in the folder)')
        .option('--cwd <dir>', 'the repository folder', '.')
        .action(async (flags) => {
        if (flags.preset !== undefined && flags.preset !== 'docs' && flags.preset !== 'email') {
            throw new UsageError(`--preset must be docs or email, got "${flags.preset}"`);
        }
        const existing = SEARCH_PLACES.find((name) => hasConfig(join(flags.cwd, name)));
        if (existing)
            throw new UsageError(`${join(flags.cwd, existing)} exists already: left unchanged`);
        const chosen = flags.preset
            ? { preset: flags.preset, evidence: 'as asked' }
            : await choosePreset(flags.cwd);
        const target = join(flags.cwd, '.draftlintrc.yaml');
        writeFileSync(target, PRESETS[chosen.preset], { flag: 'wx' });
        say(`wrote ${relative(process.cwd(), target) || target} with the ${chosen.preset} settings (${chosen.evidence})`);
    });
}
