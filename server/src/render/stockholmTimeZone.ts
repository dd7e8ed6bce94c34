/** Where the groups that write minutes here meet; times in the minutes are wall-clock times there. */
export const STOCKHOLM = 'Europe/Stockholm';

/** The VTIMEZONE that a TZID=Europe/Stockholm refers to (RFC 5545 §3.6.5): CET, CEST from March to October. */
export const STOCKHOLM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${STOCKHOLM}`,
  `X-LIC-LOCATION:${STOCKHOLM}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');
