import { createApp } from 'vue';
import JourneyView from './JourneyView.vue';

createApp(JourneyView).mount('#app');
