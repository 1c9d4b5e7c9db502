import { NavLink, Outlet } from 'react-router';
import { HeaderSearch } from '../features/search/header-search';
import { Notices } from './notices';
import { ProfileControlsSlot } from './profile-controls-slot';
import { RoomBannerSlot } from './room-banner-slot';
import { SafeUpToSlot } from './safe-up-to-slot';
import { useFocusOnNavigation } from './use-focus-on-navigation';

export function AppLayout() {
  const main = useFocusOnNavigation<HTMLElement>();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand" end>
          Previously
        </NavLink>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to="/" end>
                Library
              </NavLink>
            </li>
            <li>
              <NavLink to="/news">News</NavLink>
            </li>
            <li>
              <NavLink to="/shield">Spoiler shield</NavLink>
            </li>
            <li>
              <NavLink to="/add">Add a show</NavLink>
            </li>
            <li>
              <NavLink to="/backup">Backup</NavLink>
            </li>
            <li>
              <NavLink to="/settings">Settings</NavLink>
            </li>
          </ul>
        </nav>
        <HeaderSearch />
        <ProfileControlsSlot />
      </header>
      <RoomBannerSlot />
      <Notices />
      <main ref={main} id="main" className="page" tabIndex={-1}>
        <SafeUpToSlot />
        <Outlet />
      </main>
    </>
  );
}
