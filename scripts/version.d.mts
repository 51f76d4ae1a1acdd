export declare const version: string;
export declare const versionDefine: { __CLE_VERSION__: string };
