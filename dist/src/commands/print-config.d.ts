import type { ResolvedConfig } from '../config/config.js';
import type { FileSetup } from '../files.js';
export declare function describeSettings(file: string, config: ResolvedConfig | undefined, setup: FileSetup): {
    file: string;
    configFile: string | null;
    extends: string[];
    plugins: string[];
    ignored: boolean;
    rules: Record<string, unknown>;
    vocabulary: import("../draftlint.js").ResolvedVocabulary | undefined;
};
