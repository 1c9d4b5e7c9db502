/** Said where a show's recaps should be when their saved copy could not be read. */
export function EntriesProblem() {
  return (
    <p className="problem">
      The saved recaps of this show could not be read, so they stay covered. Import its recap pack
      again to use them; your progress and reveals are kept.
    </p>
  );
}
