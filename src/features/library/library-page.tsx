export function LibraryPage() {
  return <h1>Your shows</h1>;
}
