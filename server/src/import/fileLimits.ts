/** The largest minutes file read, for an import or `minutes extract`. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
