/** Transport-neutral request and response, so `$batch` can route sub-requests through the same handlers. */
export interface EmulatorRequest {
  method: string;
  url: URL;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: Buffer;
}

export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

export type Dispatch = (request: EmulatorRequest) => Promise<EmulatorResponse>;
