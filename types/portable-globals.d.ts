// The only runtime globals lib/ may use: timers, URL, TextDecoder and base64 (model weights), which every place lib/ runs has
// (extension pages, the service worker, Node 20+). tsconfig.lib.json checks lib/ against ES2023 plus these,
// so a page, DOM or Node reference in lib/ is a type error.
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;

interface URLSearchParams {
  get(name: string): string | null;
  has(name: string): boolean;
}
interface URL {
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly searchParams: URLSearchParams;
}
declare var URL: { prototype: URL; new (url: string, base?: string): URL };

interface TextDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};

// Base64 for the shipped model weights (lib/learn/model.ts).
declare function atob(data: string): string;
declare function btoa(data: string): string;
