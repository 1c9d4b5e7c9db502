export function ShowPage() {
  return <h1>ShowPage</h1>;
}
