import { startPickerFrame } from '@/src/picker/start-picker-frame';
import '@/src/picker/picker.css';

startPickerFrame(window);
