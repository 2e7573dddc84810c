/** The slice of electron-store / conf that main uses; injected so tests run under plain Node. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}
