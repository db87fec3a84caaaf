// Vite (and vitest) import a file's text with `?raw`; used for the static texts in resources/.
declare module '*.md?raw' {
  const text: string;
  export default text;
}
