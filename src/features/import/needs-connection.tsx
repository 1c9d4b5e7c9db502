/**
 * Says, while the browser is offline, that a TVmaze feature needs a connection; the controls it
 * describes are disabled meanwhile. The live region stays in place so the change is announced.
 */
export function NeedsConnection({
  id,
  offline,
  children,
}: {
  id: string;
  offline: boolean;
  children: string;
}) {
  return (
    <div role="status">
      {offline ? (
        <p id={id} className="problem">
          {children}
        </p>
      ) : null}
    </div>
  );
}
