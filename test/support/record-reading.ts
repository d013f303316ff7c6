import { loadRecordReading } from '@/app/boot/stored-records';

// The app fetches the reading of stored records before it reads any (PackGate); code under test
// that reads records directly has it at once.
await loadRecordReading();
