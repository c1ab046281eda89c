// moment's locale files register themselves with moment when imported and export nothing typed.
declare module "moment/locale/*";
