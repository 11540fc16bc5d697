export { INVALID_NUMBER, startFakeTwilio, type FakeTwilio } from "./fake-twilio.js";
