/// <reference types="astro/client" />

// tsc alone (npm run typecheck) does not know .astro files; Astro's own checker does.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
