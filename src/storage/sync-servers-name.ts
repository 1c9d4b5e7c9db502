/** The database holding each profile's sync server: apart, so start-up can look for it by name. */
export const SYNC_SERVERS_DATABASE = 'previously-sync-servers';
