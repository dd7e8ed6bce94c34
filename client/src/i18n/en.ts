import type { Translations } from './sv';

export const en: Translations = {
  app: {
    name: 'Minutes',
    home: 'Minutes – go to the start page',
    skipToContent: 'Skip to content',
  },
  language: {
    switchTo: 'Svenska',
  },
  errors: {
    network: 'Could not reach the server. Check your connection and try again.',
    unknown: 'Something went wrong. Please try again.',
  },
  start: {
    title: 'Meetings',
    listHeading: 'All meetings',
    loading: 'Loading meetings…',
    empty: 'No meetings yet. Create the first one with the form.',
    newHeading: 'New meeting',
    titleLabel: 'Title',
    dateLabel: 'Date',
    create: 'Create meeting',
    creating: 'Creating…',
    titleRequired: 'Enter a title for the meeting.',
    dateRequired: 'Enter a date for the meeting.',
  },
  meeting: {
    loadFailed: 'The meeting could not be loaded',
    loading: 'Loading the meeting…',
    date: 'Date',
    notFoundTitle: 'The meeting does not exist',
    notFoundText:
      'The meeting you are looking for does not exist. It may have been removed, or the link is wrong.',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address.',
    backHome: 'Go to the start page',
  },
  name: {
    heading: 'Who is writing?',
    intro: 'Your name is shown to the others writing the minutes.',
    label: 'Your name',
    submit: 'Continue',
    save: 'Save name',
    cancel: 'Cancel',
    change: 'Change name',
    required: 'Enter your name.',
    current: 'You are writing as {{name}}',
  },
  presence: {
    heading: 'Connected',
    you: 'you',
  },
  status: {
    label: 'Connection status',
    connected: 'Connected',
    connecting: 'Connecting…',
    offline: 'Offline',
    saved: 'All saved',
    unsaved: 'Unsaved changes',
    offlineHint: 'You can keep writing. Your changes are saved when the connection is back.',
  },
  closed: {
    meetingNotFound:
      'The meeting no longer exists on the server. Changes you make now are kept in this browser only.',
    tooManyConnections:
      'Too many people are connected to this meeting right now. Reload the page in a while.',
    documentTooLarge:
      'The minutes are too large to be saved. Remove some content and reload the page to connect again.',
    forbidden: 'You are not allowed to write in this meeting.',
    badFrame: 'The connection was closed because of an error. Reload the page to connect again.',
    other: 'The server closed the connection ({{reason}}). Reload the page to connect again.',
  },
  editor: {
    label: 'Minutes',
    toolbar: 'Formatting',
    bold: 'Bold',
    italic: 'Italic',
    heading: 'Heading',
    bulletList: 'Bulleted list',
    orderedList: 'Numbered list',
  },
};
