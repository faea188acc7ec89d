// The part of Next.js's App Router API the README's Next.js example uses; Next itself is not a
// dependency of the kit, so the example is checked against this much of its real signature.
declare module 'next/navigation' {
  export function useRouter(): { refresh(): void; push(href: string): void };
}
