export { peopleHandlers } from './people-handlers';
