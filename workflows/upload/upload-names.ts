/** Names the dashboard accepts for an upload: a plain file name (no path) and an existing raw-data folder. */
export const UPLOAD_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(csv|csv\.gz|geojson|geojson\.gz)$/;
export const UPLOAD_FOLDER = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;
