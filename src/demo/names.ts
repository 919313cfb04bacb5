import type { Ethnicity } from '../core/records/vocab.ts';

// Invented-name pools by naming heritage. Names are common given and family names, combined at random,
// so no output matches a real person except by chance. Several spellings of Mohammed and of John/Jon
// are included so that nickname and variant-spelling search can be demonstrated.

export type Heritage =
  | 'english'
  | 'irish'
  | 'pakistani_bangladeshi'
  | 'indian'
  | 'west_african'
  | 'somali'
  | 'caribbean'
  | 'eastern_european'
  | 'turkish'
  | 'chinese'
  | 'arab';

export type NamePool = { female: readonly string[]; male: readonly string[]; family: readonly string[] };

export const NAME_POOLS: Readonly<Record<Heritage, NamePool>> = {
  english: {
    female: ['Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ellie', 'Grace', 'Chloe', 'Lily', 'Sophie', 'Jessica', 'Emily', 'Ruby', 'Poppy', 'Holly', 'Megan', 'Leah', 'Charlotte', 'Katherine', 'Elizabeth', 'Courtney', 'Jade', 'Shannon', 'Kayleigh', 'Paige', 'Abigail', 'Rebecca'],
    male: ['Jack', 'Harry', 'George', 'Charlie', 'Oliver', 'Alfie', 'Thomas', 'Jacob', 'Joshua', 'Callum', 'Kieran', 'Connor', 'Lewis', 'Ryan', 'John', 'Jonathan', 'Jon', 'Daniel', 'Alexander', 'Bradley', 'Tyler', 'Jayden', 'Reece', 'Liam', 'Mason', 'William', 'Nathan'],
    family: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Turner', 'Harris', 'Walker', 'Wright', 'Hughes', 'Green', 'Baker', 'Cooper', 'Clarke', 'Parker', 'Marsh', 'Fletcher', 'Carter', 'Dawson', 'Hobbs', 'Pearce', 'Barnes', 'Webb', 'Holloway', 'Mitchell', 'Ward'],
  },
  irish: {
    female: ['Siobhan', 'Aoife', 'Niamh', 'Ciara', 'Roisin', 'Orla', 'Saoirse', 'Bridget', 'Mary'],
    male: ['Sean', 'Ciaran', 'Cian', 'Padraig', 'Eoin', 'Declan', 'Conor', 'Patrick', 'John', 'Michael'],
    family: ['Murphy', 'Kelly', "O'Brien", "O'Connor", 'Byrne', 'Walsh', 'Doyle', 'Brennan', 'McCarthy', 'Gallagher', 'Quinn', 'McDonagh', 'Ward'],
  },
  pakistani_bangladeshi: {
    female: ['Aisha', 'Fatima', 'Maryam', 'Zara', 'Amina', 'Hafsa', 'Sana', 'Nadia', 'Ayesha', 'Sumaya', 'Tasnim', 'Nusrat', 'Khadija'],
    male: ['Mohammed', 'Muhammad', 'Mohammad', 'Mohamed', 'Ibrahim', 'Yusuf', 'Bilal', 'Hamza', 'Zain', 'Imran', 'Abdul', 'Ayaan', 'Rayyan', 'Sami', 'Tariq', 'Mohammed'],
    family: ['Khan', 'Hussain', 'Ahmed', 'Ali', 'Rahman', 'Islam', 'Chowdhury', 'Miah', 'Uddin', 'Iqbal', 'Malik', 'Shah', 'Akhtar', 'Butt', 'Begum'],
  },
  indian: {
    female: ['Priya', 'Ananya', 'Simran', 'Harleen', 'Anjali', 'Kiran', 'Meera', 'Divya', 'Jaspreet', 'Nisha'],
    male: ['Arjun', 'Rohan', 'Aarav', 'Harjeet', 'Vikram', 'Sanjay', 'Ravi', 'Jaskaran', 'Dev', 'Kiran', 'Amrit'],
    family: ['Patel', 'Shah', 'Singh', 'Kaur', 'Sharma', 'Gill', 'Sandhu', 'Mehta', 'Desai', 'Joshi', 'Bhatt', 'Chauhan'],
  },
  west_african: {
    female: ['Adaeze', 'Chioma', 'Funmilayo', 'Ngozi', 'Temitope', 'Abena', 'Ama', 'Blessing', 'Precious', 'Favour', 'Deborah', 'Oluwaseun', 'Esther'],
    male: ['Chinedu', 'Oluwaseun', 'Tunde', 'Emeka', 'Kwame', 'Kofi', 'David', 'Samuel', 'Daniel', 'Femi', 'Tobi', 'Ayodele', 'Ikechukwu', 'Oluwadamilare'],
    family: ['Okafor', 'Adeyemi', 'Okonkwo', 'Mensah', 'Boateng', 'Owusu', 'Adebayo', 'Nwosu', 'Eze', 'Asante', 'Oyelaran', 'Danso', 'Ogunleye'],
  },
  somali: {
    female: ['Hodan', 'Sagal', 'Ifrah', 'Hibo', 'Fadumo', 'Nasra', 'Amina'],
    male: ['Abdirahman', 'Mohamed', 'Muhammad', 'Abdi', 'Hassan', 'Liban', 'Omar', 'Abdullahi'],
    family: ['Farah', 'Hassan', 'Abdi', 'Warsame', 'Ali', 'Mohamud', 'Jama', 'Osman', 'Yusuf'],
  },
  caribbean: {
    female: ['Shanice', 'Tia', 'Jada', 'Keisha', 'Aaliyah', 'Nia', 'Chantelle', 'Jasmine', 'Tanisha', 'Destiny'],
    male: ['Tyrone', 'Marcus', 'Jermaine', 'Andre', 'Kai', 'Nathaniel', 'Jaden', 'Dwayne', 'Isaiah', 'Malachi', 'Jamal'],
    family: ['Campbell', 'Williams', 'Brown', 'Thompson', 'Francis', 'Grant', 'Reid', 'Bailey', 'Clarke', 'Morgan', 'Samuels', 'Henry', 'Lewis'],
  },
  eastern_european: {
    female: ['Zuzanna', 'Aleksandra', 'Julia', 'Natalia', 'Oliwia', 'Ioana', 'Andreea', 'Gabriela', 'Ieva', 'Agnieszka', 'Alina'],
    male: ['Jakub', 'Kacper', 'Wojciech', 'Mateusz', 'Filip', 'Bartosz', 'Andrei', 'Ionut', 'Lukas', 'Mihai', 'Tomasz', 'Aleksander'],
    family: ['Nowak', 'Wójcik', 'Kaczmarek', 'Mazur', 'Krawczyk', 'Popescu', 'Ionescu', 'Dumitru', 'Popa', 'Horvath', 'Kovacs', 'Petrov', 'Marin'],
  },
  turkish: {
    female: ['Elif', 'Zeynep', 'Ayşe', 'Defne', 'Ebru', 'Melek', 'Derya'],
    male: ['Mehmet', 'Emre', 'Can', 'Kerem', 'Mustafa', 'Barış', 'Hasan', 'Muhammed'],
    family: ['Yilmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Arslan', 'Öztürk', 'Aydin', 'Koç'],
  },
  chinese: {
    female: ['Mei', 'Xin', 'Jia', 'Hui', 'Ying', 'Grace', 'Chloe', 'Jessica'],
    male: ['Wei', 'Jun', 'Hao', 'Ming', 'Kai', 'Jason', 'Daniel', 'Ryan'],
    family: ['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Wong', 'Chan', 'Lam', 'Cheung', 'Ng'],
  },
  arab: {
    female: ['Layla', 'Noor', 'Rania', 'Yasmin', 'Hana', 'Mariam'],
    male: ['Omar', 'Ahmed', 'Khalid', 'Youssef', 'Karim', 'Mohammed', 'Mohamed'],
    family: ['Haddad', 'Mansour', 'Saleh', 'Nasser', 'Hamdan', 'Al-Sayed', 'Khalil'],
  },
};

// Which naming heritages are plausible for each ethnic group (weights). Mixed groups draw from both sides.
export const HERITAGE_BY_ETHNICITY: Readonly<Record<Ethnicity, Partial<Record<Heritage, number>>>> = {
  white_british: { english: 10, irish: 1 },
  white_irish: { irish: 10 },
  white_gypsy_traveller: { irish: 6, english: 4 },
  white_roma: { eastern_european: 10 },
  white_other: { eastern_european: 7, turkish: 2, english: 1 },
  mixed_white_black_caribbean: { english: 5, caribbean: 5 },
  mixed_white_black_african: { english: 5, west_african: 5 },
  mixed_white_asian: { english: 5, pakistani_bangladeshi: 3, indian: 2 },
  mixed_other: { english: 4, caribbean: 2, arab: 2, chinese: 1, turkish: 1 },
  asian_indian: { indian: 10 },
  asian_pakistani: { pakistani_bangladeshi: 10 },
  asian_bangladeshi: { pakistani_bangladeshi: 10 },
  asian_chinese: { chinese: 10 },
  asian_other: { indian: 4, chinese: 3, pakistani_bangladeshi: 3 },
  black_african: { west_african: 7, somali: 3 },
  black_caribbean: { caribbean: 10 },
  black_other: { caribbean: 5, west_african: 5 },
  arab: { arab: 10 },
  other: { turkish: 4, arab: 3, eastern_european: 3 },
  not_stated: { english: 5, caribbean: 1, west_african: 1, pakistani_bangladeshi: 1, eastern_european: 1 },
};

// Short forms and other names a child is known by (recorded as NAME_KINDS.nickname).
export const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  Mohammed: ['Mo', 'Moe', 'Mohd'],
  Muhammad: ['Mo', 'Hamad'],
  Mohammad: ['Mo', 'Mohd'],
  Mohamed: ['Mo', 'Moha'],
  Muhammed: ['Memo', 'Mo'],
  John: ['Johnny', 'Jack'],
  Jonathan: ['Jon', 'Jonny', 'Jonno'],
  Jon: ['Jonny'],
  Jayden: ['Jay'],
  Jaden: ['Jay'],
  Jamal: ['Jay', 'Mal'],
  Alexander: ['Alex', 'Xander'],
  Aleksander: ['Olek', 'Alex'],
  Aleksandra: ['Ola', 'Sandra'],
  Katherine: ['Kat', 'Katie'],
  Elizabeth: ['Lizzie', 'Beth'],
  Abigail: ['Abbie'],
  Rebecca: ['Becky'],
  Oluwaseun: ['Seun'],
  Oluwadamilare: ['Dami'],
  Abdirahman: ['Abdi'],
  Abdullahi: ['Abdi'],
  Ibrahim: ['Ibby'],
  Yusuf: ['Yus'],
  Funmilayo: ['Funmi'],
  Temitope: ['Temi'],
  Ikechukwu: ['Ike'],
  Nathaniel: ['Nate'],
  Christopher: ['Chris'],
  Wojciech: ['Wojtek'],
  Jakub: ['Kuba'],
  Natalia: ['Nat'],
  Zuzanna: ['Zuzia'],
  Thomas: ['Tom', 'Tommy'],
  Daniel: ['Dan', 'Danny'],
  Samuel: ['Sam'],
  William: ['Will'],
  Joshua: ['Josh'],
  Charlotte: ['Lottie'],
  Jessica: ['Jess'],
  Siobhan: ['Shiv'],
  Padraig: ['Paddy'],
  Patrick: ['Paddy'],
  Michael: ['Mikey'],
  Hamza: ['Hamz'],
  Tyrone: ['Ty'],
  Marcus: ['Marky'],
  Isaiah: ['Zay'],
  Malachi: ['Kai'],
  Aaliyah: ['Liyah'],
  Destiny: ['Dessy'],
};

// Alternative spellings a name is also recorded under (NAME_KINDS.alias), a common cause of missed links.
export const SPELLING_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  Mohammed: ['Muhammad', 'Mohamed', 'Mohammad'],
  Muhammad: ['Mohammed', 'Muhammed'],
  Mohammad: ['Mohammed', 'Muhammad'],
  Mohamed: ['Mohammed', 'Mohamud'],
  Muhammed: ['Mohammed', 'Muhammad'],
  John: ['Jon'],
  Jon: ['John'],
  Jonathan: ['Johnathan', 'Jonathon'],
  Aisha: ['Ayesha'],
  Ayesha: ['Aisha'],
  Yusuf: ['Yousef'],
  Siobhan: ['Shevaun'],
  Jayden: ['Jaden', 'Jaydon'],
  Ciara: ['Kiera'],
  Natalia: ['Natalya'],
};

// Street names for adults of concern (NAME_KINDS.nickname). 'Big T' and 'Dee' come from the initial.
export const STREET_NAMES: readonly string[] = [
  'Smokey', 'Ghost', 'Bossman', 'Ace', 'Rico', 'Milky', 'Tiny', 'Snoops', 'Skinny', 'Prince', 'Dread', 'Cuz',
  'Jokes', 'Zee', 'Money', 'Fresh', 'Sparks', 'Chef', 'Uncle', 'Scrappy', 'Lucky', 'Stacks', 'Rambo', 'Shorty',
];
export const FEMALE_STREET_NAMES: readonly string[] = ['Auntie', 'Babs', 'Queenie', 'Lady K', 'Mumsy', 'Coco'];
