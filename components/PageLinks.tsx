/** The popup's way to the lookup page (vendor and donor checks) and to the settings. */
export function PageLinks({ onLookup, onSettings }: { onLookup: () => void; onSettings: () => void }) {
  return (
    <nav className="page-links">
      <button type="button" className="link" data-testid="open-lookup" onClick={onLookup}>
        Check a company or a donor list
      </button>
      <button type="button" className="link" onClick={onSettings}>
        Settings
      </button>
    </nav>
  );
}
