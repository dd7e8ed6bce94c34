export const sv = {
  app: {
    name: 'Minutes',
    home: 'Minutes – till startsidan',
    skipToContent: 'Hoppa till innehållet',
  },
  language: {
    switchTo: 'English',
  },
  errors: {
    network: 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.',
    unknown: 'Något gick fel. Försök igen.',
  },
  start: {
    title: 'Möten',
    listHeading: 'Alla möten',
    loading: 'Hämtar möten…',
    empty: 'Inga möten ännu. Skapa det första med formuläret.',
    newHeading: 'Nytt möte',
    titleLabel: 'Titel',
    dateLabel: 'Datum',
    create: 'Skapa möte',
    creating: 'Skapar…',
    titleRequired: 'Ange en titel för mötet.',
    dateRequired: 'Ange ett datum för mötet.',
  },
  meeting: {
    loadFailed: 'Mötet kunde inte hämtas',
    loading: 'Hämtar mötet…',
    date: 'Datum',
    notFoundTitle: 'Mötet finns inte',
    notFoundText: 'Mötet du söker finns inte. Det kan ha tagits bort, eller så är länken fel.',
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Det finns ingen sida på den här adressen.',
    backHome: 'Till startsidan',
  },
  name: {
    heading: 'Vem skriver?',
    intro: 'Ditt namn visas för de andra som skriver i protokollet.',
    label: 'Ditt namn',
    submit: 'Fortsätt',
    save: 'Spara namn',
    cancel: 'Avbryt',
    change: 'Byt namn',
    required: 'Ange ditt namn.',
    current: 'Du skriver som {{name}}',
  },
  presence: {
    heading: 'Anslutna',
    you: 'du',
  },
  status: {
    label: 'Anslutningsstatus',
    connected: 'Ansluten',
    connecting: 'Ansluter…',
    offline: 'Frånkopplad',
    saved: 'Allt sparat',
    unsaved: 'Osparade ändringar',
    offlineHint: 'Du kan fortsätta skriva. Ändringarna sparas när anslutningen är tillbaka.',
  },
  closed: {
    meetingNotFound:
      'Mötet finns inte längre på servern. Ändringar du gör nu sparas bara i den här webbläsaren.',
    tooManyConnections: 'För många är anslutna till mötet just nu. Ladda om sidan om en stund.',
    documentTooLarge:
      'Protokollet är för stort för att sparas. Ta bort innehåll och ladda om sidan för att ansluta igen.',
    forbidden: 'Du har inte behörighet att skriva i det här mötet.',
    badFrame: 'Anslutningen stängdes på grund av ett fel. Ladda om sidan för att ansluta igen.',
    other: 'Servern stängde anslutningen ({{reason}}). Ladda om sidan för att ansluta igen.',
  },
  editor: {
    label: 'Protokoll',
    toolbar: 'Formatering',
    bold: 'Fetstil',
    italic: 'Kursiv',
    heading: 'Rubrik',
    bulletList: 'Punktlista',
    orderedList: 'Numrerad lista',
  },
};

export type Translations = typeof sv;
