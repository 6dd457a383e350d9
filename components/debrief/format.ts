/** Small display helpers shared by the full pages. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
