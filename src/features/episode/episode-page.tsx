export function EpisodePage() {
  return <h1>EpisodePage</h1>;
}
