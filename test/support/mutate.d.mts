export declare function random(seed: number): () => number;
export declare function mutate(seed: Uint8Array, other: Uint8Array, rand: () => number): Buffer;
