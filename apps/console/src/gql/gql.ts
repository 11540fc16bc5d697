/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OutboxAvailable {\n    smsOutbox(first: 1) {\n      id\n    }\n  }\n": typeof types.OutboxAvailableDocument,
    "\n  query EmailOutboxAvailable {\n    emailOutbox(first: 1) {\n      id\n    }\n  }\n": typeof types.EmailOutboxAvailableDocument,
    "\n  query AccountPage {\n    account {\n      id\n      name\n      adminMfaPolicy\n      adminEnforceFrom\n    }\n    me {\n      id\n      mfaPassed\n      security {\n        devices {\n          id\n          verified\n        }\n      }\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  mutation SetAccountAdminMfaPolicy($policy: PolicyLevel!, $enforceFrom: DateTimeISO) {\n    setAccountAdminMfaPolicy(policy: $policy, enforceFrom: $enforceFrom) {\n      account {\n        id\n        name\n        adminMfaPolicy\n        adminEnforceFrom\n      }\n    }\n  }\n": typeof types.SetAccountAdminMfaPolicyDocument,
    "\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    prefix\n    scope\n    status\n    domains {\n      id\n      name\n    }\n    createdAt\n    createdByUsername\n    lastUsedAt\n    lastUsedIp\n    expiresAt\n    revokedAt\n  }\n": typeof types.ApiKeyRow_ApiKeyFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $sort: AuditSortInput) {\n    auditEvents(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        outcome\n        createdAt\n        actorId\n        actorUsername\n        actorApiKeyName\n        targetUserId\n        targetUsername\n        detail\n        ip\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditUserName($id: ID!) {\n    user(id: $id) {\n      id\n      username\n    }\n  }\n": typeof types.AuditUserNameDocument,
    "\n  query AuditUserSearch($search: String!) {\n    mailboxes(filter: { search: $search }, first: 8) {\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.AuditUserSearchDocument,
    "\n  mutation CreateDomain($input: CreateDomainInput!) {\n    createDomain(input: $input) {\n      domain {\n        id\n        name\n        policy\n      }\n    }\n  }\n": typeof types.CreateDomainDocument,
    "\n  mutation DeleteDomain($id: ID!) {\n    deleteDomain(id: $id) {\n      deletedDomainId\n    }\n  }\n": typeof types.DeleteDomainDocument,
    "\n  fragment DomainItem_domain on Domain {\n    id\n    name\n    parentId\n    policy\n    enforceFrom\n    rememberBrowserDays\n    coverage {\n      mailboxes\n      enrolled\n      locked\n      passkeys\n    }\n  }\n": typeof types.DomainItem_DomainFragmentDoc,
    "\n  query DomainsPage {\n    domains {\n      id\n      ...DomainItem_domain\n      children {\n        id\n        ...DomainItem_domain\n        children {\n          id\n          ...DomainItem_domain\n          children {\n            id\n            ...DomainItem_domain\n            children {\n              id\n              ...DomainItem_domain\n              children {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DomainsPageDocument,
    "\n  query PolicyImpact($domainId: ID!, $policy: PolicyLevel!, $includeChildren: Boolean!, $enforceFrom: DateTimeISO) {\n    policyImpact(domainId: $domainId, policy: $policy, includeChildren: $includeChildren, enforceFrom: $enforceFrom) {\n      affected\n      enforceFrom\n      loggedOut {\n        count\n        sample\n      }\n      mustEnrol {\n        count\n        sample\n      }\n      saveRefusal\n    }\n  }\n": typeof types.PolicyImpactDocument,
    "\n  mutation SetDomainMfaPolicy($input: SetDomainMfaPolicyInput!) {\n    setDomainMfaPolicy(input: $input) {\n      domains {\n        id\n        policy\n        enforceFrom\n      }\n      revokedSessions\n    }\n  }\n": typeof types.SetDomainMfaPolicyDocument,
    "\n  mutation SetRememberBrowserDays($domainId: ID!, $days: Int!) {\n    setRememberBrowserDays(domainId: $domainId, days: $days) {\n      domain {\n        id\n        rememberBrowserDays\n      }\n    }\n  }\n": typeof types.SetRememberBrowserDaysDocument,
    "\n  mutation CreateMailbox($input: CreateMailboxInput!) {\n    createMailbox(input: $input) {\n      user {\n        id\n        username\n      }\n    }\n  }\n": typeof types.CreateMailboxDocument,
    "\n  mutation BulkMailboxAction($input: BulkMailboxActionInput!) {\n    bulkMailboxAction(input: $input) {\n      requested\n      succeeded\n      moreMatching\n      refused {\n        userId\n        username\n        code\n      }\n    }\n  }\n": typeof types.BulkMailboxActionDocument,
    "\n  mutation IssueBypassCodes($input: IssueBypassCodesInput!) {\n    issueBypassCodes(input: $input) {\n      codes\n      expiresAt\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n": typeof types.IssueBypassCodesDocument,
    "\n  mutation RevokeBypassCodes($userId: ID!) {\n    revokeBypassCodes(userId: $userId) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n": typeof types.RevokeBypassCodesDocument,
    "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation ResetUserMfa($userId: ID!) {\n    resetUserMfa(userId: $userId) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n": typeof types.ResetUserMfaDocument,
    "\n  mutation DeleteMailbox($userId: ID!) {\n    deleteMailbox(userId: $userId) {\n      deletedUserId\n    }\n  }\n": typeof types.DeleteMailboxDocument,
    "\n  query Mailboxes($domainId: ID, $filter: MailboxFilter, $first: Int!, $after: String, $sort: MailboxSortInput) {\n    mailboxes(domainId: $domainId, filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        mfaStatus\n        devices\n        mfaOverride\n        lockedAt\n        domainId\n        domainName\n      }\n    }\n  }\n": typeof types.MailboxesDocument,
    "\n  query MailboxDomains {\n    domains {\n      id\n      name\n      policy\n      enforceFrom\n      children {\n        id\n        name\n        policy\n        enforceFrom\n        children {\n          id\n          name\n          policy\n          enforceFrom\n          children {\n            id\n            name\n            policy\n            enforceFrom\n            children {\n              id\n              name\n              policy\n              enforceFrom\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MailboxDomainsDocument,
    "\n  mutation SetUserMfaOverride($userId: ID!, $level: UserOverride!) {\n    setUserMfaOverride(userId: $userId, level: $level) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n": typeof types.SetUserMfaOverrideDocument,
    "\n  fragment SharedPhones_flag on SharedPhoneNumber {\n    deviceId\n    maskedPhone\n    mailboxesInAccount\n    inOtherAccounts\n    reasons\n  }\n": typeof types.SharedPhones_FlagFragmentDoc,
    "\n  mutation RevokeUserAppPasswords($userId: ID!) {\n    revokeUserAppPasswords(userId: $userId) {\n      revoked\n    }\n  }\n": typeof types.RevokeUserAppPasswordsDocument,
    "\n  fragment UserPage_user on AdminUserView {\n    id\n    username\n    displayName\n    kind\n    domainId\n    effectivePolicy\n    lockedAt\n    mfaEnabled\n    mfaOverride\n    mfaStatus\n    recoveryCodesLeft\n    appPasswordCount\n    sharedPhoneNumbers {\n      ...SharedPhones_flag\n    }\n    bypassCodes {\n      count\n      expiresAt\n    }\n    devices {\n      id\n      kind\n      name\n      maskedPhone\n      verified\n      isDefault\n      isBackup\n      lastUsedAt\n      createdAt\n      transports\n    }\n  }\n": typeof types.UserPage_UserFragmentDoc,
    "\n  query UserPage($id: ID!) {\n    user(id: $id) {\n      id\n      ...UserPage_user\n    }\n  }\n": typeof types.UserPageDocument,
    "\n  query NotEnrolled($domainId: ID!, $first: Int!, $after: String) {\n    mailboxes(domainId: $domainId, filter: { mfaStatus: NOT_ENROLLED }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.NotEnrolledDocument,
    "\n  mutation SendReminder($input: BulkMailboxActionInput!) {\n    bulkMailboxAction(input: $input) {\n      requested\n      succeeded\n      refused {\n        userId\n        username\n        code\n      }\n    }\n  }\n": typeof types.SendReminderDocument,
    "\n  query RolloutDashboard($domainId: ID, $days: Int!) {\n    rolloutDashboard(domainId: $domainId) {\n      domainId\n      domainName\n      mailboxes\n      enrolled\n      notEnrolled\n      locked\n      enforceFrom\n      remindersSent\n      lastReminderAt\n      domains {\n        id\n        name\n        policy\n        enforceFrom\n        mailboxes\n        enrolled\n        notEnrolled\n        locked\n        remindersSent\n      }\n      history(days: $days) {\n        day\n        mailboxes\n        enrolled\n        locked\n      }\n    }\n  }\n": typeof types.RolloutDashboardDocument,
    "\n  query DomainNames {\n    domains {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n          children {\n            id\n            name\n            children {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DomainNamesDocument,
    "\n  mutation SetSmsBudgets($budgets: SmsBudgetsInput!) {\n    setSmsSettings(input: { budgets: $budgets }) {\n      settings {\n        budgets {\n          userHourly\n          userDaily\n          domainHourly\n          domainDaily\n          accountHourly\n          accountDaily\n          destinationDaily\n        }\n      }\n    }\n  }\n": typeof types.SetSmsBudgetsDocument,
    "\n  mutation SetSmsCountries($countries: [String!]) {\n    setSmsSettings(input: { allowedCountries: $countries }) {\n      settings {\n        allowedCountries\n        usesDefaultCountries\n      }\n    }\n  }\n": typeof types.SetSmsCountriesDocument,
    "\n  query SmsPage {\n    smsSettings {\n      allowedCountries\n      usesDefaultCountries\n      defaultCountries\n      budgets {\n        userHourly\n        userDaily\n        domainHourly\n        domainDaily\n        accountHourly\n        accountDaily\n        destinationDaily\n      }\n      defaultBudgets {\n        userHourly\n        userDaily\n        domainHourly\n        domainDaily\n        accountHourly\n        accountDaily\n        destinationDaily\n      }\n      maxBudgets {\n        userHourly\n        userDaily\n        domainHourly\n        domainDaily\n        accountHourly\n        accountDaily\n        destinationDaily\n      }\n      account {\n        thisHour\n        today\n        hourlyBudget\n        dailyBudget\n      }\n      domains {\n        domainId\n        name\n        use {\n          thisHour\n          today\n          hourlyBudget\n          dailyBudget\n        }\n      }\n      hourEndsAt\n      dayEndsAt\n    }\n  }\n": typeof types.SmsPageDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpoint_endpoint\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        lastStatusCode\n        lastResponse\n        lastAttemptAt\n        nextAttemptAt\n        createdAt\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      delivery {\n        id\n      }\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  fragment WebhookEndpoint_endpoint on WebhookEndpoint {\n    id\n    url\n    description\n    enabled\n    eventTypes\n    createdAt\n    previousSecretExpiresAt\n  }\n": typeof types.WebhookEndpoint_EndpointFragmentDoc,
    "\n  mutation SetWebhookEnabled($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        ...WebhookEndpoint_endpoint\n      }\n    }\n  }\n": typeof types.SetWebhookEnabledDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpoint_endpoint\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      delivery {\n        id\n      }\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      ...WebhookEndpoint_endpoint\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query AlternateEmail {\n    me {\n      id\n      alternateEmail {\n        address\n        verifiedAt\n        pendingAddress\n        codeExpiresAt\n      }\n    }\n  }\n": typeof types.AlternateEmailDocument,
    "\n  mutation SetAlternateEmail($address: String!) {\n    setAlternateEmail(input: { address: $address }) {\n      alternateEmail {\n        address\n        pendingAddress\n        codeExpiresAt\n      }\n    }\n  }\n": typeof types.SetAlternateEmailDocument,
    "\n  mutation VerifyAlternateEmail($code: String!) {\n    verifyAlternateEmail(input: { code: $code }) {\n      alternateEmail {\n        address\n        pendingAddress\n      }\n    }\n  }\n": typeof types.VerifyAlternateEmailDocument,
    "\n  mutation RemoveAlternateEmail {\n    removeAlternateEmail {\n      alternateEmail {\n        address\n      }\n    }\n  }\n": typeof types.RemoveAlternateEmailDocument,
    "\n  query MyAppPasswords {\n    myAppPasswords {\n      id\n      name\n      createdAt\n      lastUsedAt\n      lastUsedProtocol\n      lastUsedIp\n    }\n  }\n": typeof types.MyAppPasswordsDocument,
    "\n  mutation CreateAppPassword($name: String!) {\n    createAppPassword(name: $name) {\n      password\n      appPassword {\n        id\n      }\n    }\n  }\n": typeof types.CreateAppPasswordDocument,
    "\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id) {\n      revoked\n    }\n  }\n": typeof types.RevokeAppPasswordDocument,
    "\n  fragment EmailItem_email on EmailMessage {\n    id\n    kind\n    to\n    subject\n    text\n    html\n    createdAt\n  }\n": typeof types.EmailItem_EmailFragmentDoc,
    "\n  query EmailOutbox($first: Int!) {\n    emailOutbox(first: $first) {\n      id\n      ...EmailItem_email\n    }\n  }\n": typeof types.EmailOutboxDocument,
    "\n  query Health {\n    health {\n      status\n      database\n    }\n  }\n": typeof types.HealthDocument,
    "\n  mutation StartPasskey($input: StartWebAuthnRegistrationInput!) {\n    startWebAuthnRegistration(input: $input) {\n      optionsJson\n      device {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StartPasskeyDocument,
    "\n  mutation FinishPasskey($input: FinishWebAuthnRegistrationInput!) {\n    finishWebAuthnRegistration(input: $input) {\n      device {\n        id\n        kind\n        name\n        verified\n        isDefault\n        transports\n      }\n    }\n  }\n": typeof types.FinishPasskeyDocument,
    "\n  mutation ForgetPendingPasskey($deviceId: ID!) {\n    removeDevice(deviceId: $deviceId) {\n      security {\n        devices {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ForgetPendingPasskeyDocument,
    "\n  mutation StartPasskeyStepUp {\n    startWebAuthnReauthentication {\n      challengeId\n      optionsJson\n    }\n  }\n": typeof types.StartPasskeyStepUpDocument,
    "\n  query ReauthFactors {\n    me {\n      id\n      security {\n        devices {\n          id\n          kind\n          name\n          maskedPhone\n          verified\n          isDefault\n        }\n      }\n    }\n  }\n": typeof types.ReauthFactorsDocument,
    "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      validUntil\n    }\n  }\n": typeof types.ReauthenticateDocument,
    "\n  mutation SendReauthenticationPasscode($deviceId: ID!) {\n    sendReauthenticationPasscode(deviceId: $deviceId) {\n      challengeId\n      sentTo\n      expiresAt\n    }\n  }\n": typeof types.SendReauthenticationPasscodeDocument,
    "\n  mutation GenerateRecoveryCodes($quantity: Int!) {\n    generateRecoveryCodes(quantity: $quantity) {\n      codes\n      text\n    }\n  }\n": typeof types.GenerateRecoveryCodesDocument,
    "\n  query MyRememberedBrowsers {\n    myRememberedBrowsers {\n      id\n      name\n      firstUsedAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n": typeof types.MyRememberedBrowsersDocument,
    "\n  mutation ForgetRememberedBrowser($id: ID!) {\n    forgetRememberedBrowser(id: $id) {\n      forgotten\n      browsers {\n        id\n        name\n        firstUsedAt\n        lastUsedAt\n        expiresAt\n        current\n      }\n    }\n  }\n": typeof types.ForgetRememberedBrowserDocument,
    "\n  mutation ForgetAllRememberedBrowsers {\n    forgetAllRememberedBrowsers {\n      forgotten\n    }\n  }\n": typeof types.ForgetAllRememberedBrowsersDocument,
    "\n  fragment DeviceList_device on Device {\n    id\n    kind\n    name\n    maskedPhone\n    verified\n    isDefault\n    isBackup\n    lastUsedAt\n    createdAt\n    transports\n  }\n": typeof types.DeviceList_DeviceFragmentDoc,
    "\n  mutation RemoveDevice($deviceId: ID!) {\n    removeDevice(deviceId: $deviceId) {\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n": typeof types.RemoveDeviceDocument,
    "\n  mutation SetDefaultDevice($deviceId: ID!) {\n    setDefaultDevice(deviceId: $deviceId) {\n      device {\n        id\n        isDefault\n        isBackup\n      }\n    }\n  }\n": typeof types.SetDefaultDeviceDocument,
    "\n  mutation SetBackupPhone($deviceId: ID!) {\n    setBackupPhone(deviceId: $deviceId) {\n      device {\n        id\n        isBackup\n      }\n    }\n  }\n": typeof types.SetBackupPhoneDocument,
    "\n  mutation SetMfaEnabled($enabled: Boolean!) {\n    setMfaEnabled(enabled: $enabled) {\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n": typeof types.SetMfaEnabledDocument,
    "\n  mutation RemoveAllDevices {\n    removeAllDevices {\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n": typeof types.RemoveAllDevicesDocument,
    "\n  mutation RenameDevice($input: RenameDeviceInput!) {\n    renameDevice(input: $input) {\n      device {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RenameDeviceDocument,
    "\n  fragment SecurityPage_security on Security {\n    policy\n    policyExplanation\n    mfaEnabled\n    canChangeMfaEnabled\n    canEnroll\n    acceptedKinds\n    recoveryCodesLeft\n    locked\n    canCreateAppPasswords\n    appPasswordsUnavailableReason\n    devices {\n      id\n      verified\n      ...DeviceList_device\n    }\n  }\n": typeof types.SecurityPage_SecurityFragmentDoc,
    "\n  query SecurityPage {\n    me {\n      id\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n": typeof types.SecurityPageDocument,
    "\n  fragment SessionList_session on SignedInSession {\n    id\n    browser\n    os\n    deviceType\n    ipAddress\n    signedInAt\n    lastActiveAt\n    signInMethods\n    setupOnly\n    current\n  }\n": typeof types.SessionList_SessionFragmentDoc,
    "\n  query MySessions {\n    mySessions {\n      id\n      ...SessionList_session\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation SignOutSession($sessionId: ID!) {\n    signOutSession(sessionId: $sessionId) {\n      signedOut\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n": typeof types.SignOutSessionDocument,
    "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions {\n      signedOut\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n": typeof types.SignOutOtherSessionsDocument,
    "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      id\n      ...SessionList_session\n    }\n  }\n": typeof types.UserSessionsDocument,
    "\n  mutation SignOutEverywhere($userId: ID!) {\n    signOutEverywhere(userId: $userId) {\n      signedOut\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation AddPhone($input: AddPhoneInput!) {\n    addPhone(input: $input) {\n      device {\n        id\n        kind\n        name\n        maskedPhone\n        verified\n      }\n    }\n  }\n": typeof types.AddPhoneDocument,
    "\n  mutation DeferMfaSetup {\n    deferMfaSetup {\n      enforceFrom\n      remindAfter\n    }\n  }\n": typeof types.DeferMfaSetupDocument,
    "\n  query SetupKinds {\n    me {\n      id\n      security {\n        acceptedKinds\n      }\n    }\n  }\n": typeof types.SetupKindsDocument,
    "\n  mutation DiscardPendingDevice($deviceId: ID!) {\n    discardPendingDevice(deviceId: $deviceId) {\n      deviceId\n    }\n  }\n": typeof types.DiscardPendingDeviceDocument,
    "\n  mutation EnrollTotp($input: EnrollTotpInput!) {\n    enrollTotp(input: $input) {\n      device {\n        id\n        kind\n        name\n        verified\n      }\n      secret\n      qrCodeDataUrl\n    }\n  }\n": typeof types.EnrollTotpDocument,
    "\n  mutation CompleteLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      user {\n        id\n        username\n        displayName\n        kind\n      }\n    }\n  }\n": typeof types.CompleteLoginDocument,
    "\n  mutation StartPasskeyLogin($challengeId: String!) {\n    startWebAuthnLogin(challengeId: $challengeId) {\n      optionsJson\n    }\n  }\n": typeof types.StartPasskeyLoginDocument,
    "\n  mutation CompletePasskeyLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      user {\n        id\n        username\n        displayName\n        kind\n      }\n    }\n  }\n": typeof types.CompletePasskeyLoginDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginSuccess {\n        user {\n          id\n          username\n          displayName\n          kind\n        }\n      }\n      ... on MfaChallenge {\n        challengeId\n        smsSentTo\n        rememberBrowserDays\n        factors {\n          id\n          kind\n          name\n          maskedPhone\n          isDefault\n          isBackup\n        }\n      }\n      ... on MfaSetupRequired {\n        enforceFrom\n        acceptedKinds\n        user {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SendLoginPasscode($input: SendLoginPasscodeInput!) {\n    sendLoginPasscode(input: $input) {\n      sentTo\n      expiresAt\n    }\n  }\n": typeof types.SendLoginPasscodeDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query SmsOutbox($first: Int!) {\n    smsOutbox(first: $first) {\n      id\n      to\n      body\n      createdAt\n    }\n  }\n": typeof types.SmsOutboxDocument,
    "\n  mutation ResendPhoneVerification($deviceId: ID!) {\n    resendPhoneVerification(deviceId: $deviceId) {\n      device {\n        id\n      }\n    }\n  }\n": typeof types.ResendPhoneVerificationDocument,
    "\n  mutation VerifyDevice($input: VerifyDeviceInput!) {\n    verifyDevice(input: $input) {\n      device {\n        id\n        verified\n        isDefault\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.VerifyDeviceDocument,
    "\n  query Session {\n    me {\n      id\n      username\n      displayName\n      kind\n    }\n  }\n": typeof types.SessionDocument,
};
const documents: Documents = {
    "\n  query OutboxAvailable {\n    smsOutbox(first: 1) {\n      id\n    }\n  }\n": types.OutboxAvailableDocument,
    "\n  query EmailOutboxAvailable {\n    emailOutbox(first: 1) {\n      id\n    }\n  }\n": types.EmailOutboxAvailableDocument,
    "\n  query AccountPage {\n    account {\n      id\n      name\n      adminMfaPolicy\n      adminEnforceFrom\n    }\n    me {\n      id\n      mfaPassed\n      security {\n        devices {\n          id\n          verified\n        }\n      }\n    }\n  }\n": types.AccountPageDocument,
    "\n  mutation SetAccountAdminMfaPolicy($policy: PolicyLevel!, $enforceFrom: DateTimeISO) {\n    setAccountAdminMfaPolicy(policy: $policy, enforceFrom: $enforceFrom) {\n      account {\n        id\n        name\n        adminMfaPolicy\n        adminEnforceFrom\n      }\n    }\n  }\n": types.SetAccountAdminMfaPolicyDocument,
    "\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    prefix\n    scope\n    status\n    domains {\n      id\n      name\n    }\n    createdAt\n    createdByUsername\n    lastUsedAt\n    lastUsedIp\n    expiresAt\n    revokedAt\n  }\n": types.ApiKeyRow_ApiKeyFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $sort: AuditSortInput) {\n    auditEvents(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        outcome\n        createdAt\n        actorId\n        actorUsername\n        actorApiKeyName\n        targetUserId\n        targetUsername\n        detail\n        ip\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditUserName($id: ID!) {\n    user(id: $id) {\n      id\n      username\n    }\n  }\n": types.AuditUserNameDocument,
    "\n  query AuditUserSearch($search: String!) {\n    mailboxes(filter: { search: $search }, first: 8) {\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.AuditUserSearchDocument,
    "\n  mutation CreateDomain($input: CreateDomainInput!) {\n    createDomain(input: $input) {\n      domain {\n        id\n        name\n        policy\n      }\n    }\n  }\n": types.CreateDomainDocument,
    "\n  mutation DeleteDomain($id: ID!) {\n    deleteDomain(id: $id) {\n      deletedDomainId\n    }\n  }\n": types.DeleteDomainDocument,
    "\n  fragment DomainItem_domain on Domain {\n    id\n    name\n    parentId\n    policy\n    enforceFrom\n    rememberBrowserDays\n    coverage {\n      mailboxes\n      enrolled\n      locked\n      passkeys\n    }\n  }\n": types.DomainItem_DomainFragmentDoc,
    "\n  query DomainsPage {\n    domains {\n      id\n      ...DomainItem_domain\n      children {\n        id\n        ...DomainItem_domain\n        children {\n          id\n          ...DomainItem_domain\n          children {\n            id\n            ...DomainItem_domain\n            children {\n              id\n              ...DomainItem_domain\n              children {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DomainsPageDocument,
    "\n  query PolicyImpact($domainId: ID!, $policy: PolicyLevel!, $includeChildren: Boolean!, $enforceFrom: DateTimeISO) {\n    policyImpact(domainId: $domainId, policy: $policy, includeChildren: $includeChildren, enforceFrom: $enforceFrom) {\n      affected\n      enforceFrom\n      loggedOut {\n        count\n        sample\n      }\n      mustEnrol {\n        count\n        sample\n      }\n      saveRefusal\n    }\n  }\n": types.PolicyImpactDocument,
    "\n  mutation SetDomainMfaPolicy($input: SetDomainMfaPolicyInput!) {\n    setDomainMfaPolicy(input: $input) {\n      domains {\n        id\n        policy\n        enforceFrom\n      }\n      revokedSessions\n    }\n  }\n": types.SetDomainMfaPolicyDocument,
    "\n  mutation SetRememberBrowserDays($domainId: ID!, $days: Int!) {\n    setRememberBrowserDays(domainId: $domainId, days: $days) {\n      domain {\n        id\n        rememberBrowserDays\n      }\n    }\n  }\n": types.SetRememberBrowserDaysDocument,
    "\n  mutation CreateMailbox($input: CreateMailboxInput!) {\n    createMailbox(input: $input) {\n      user {\n        id\n        username\n      }\n    }\n  }\n": types.CreateMailboxDocument,
    "\n  mutation BulkMailboxAction($input: BulkMailboxActionInput!) {\n    bulkMailboxAction(input: $input) {\n      requested\n      succeeded\n      moreMatching\n      refused {\n        userId\n        username\n        code\n      }\n    }\n  }\n": types.BulkMailboxActionDocument,
    "\n  mutation IssueBypassCodes($input: IssueBypassCodesInput!) {\n    issueBypassCodes(input: $input) {\n      codes\n      expiresAt\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n": types.IssueBypassCodesDocument,
    "\n  mutation RevokeBypassCodes($userId: ID!) {\n    revokeBypassCodes(userId: $userId) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n": types.RevokeBypassCodesDocument,
    "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation ResetUserMfa($userId: ID!) {\n    resetUserMfa(userId: $userId) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n": types.ResetUserMfaDocument,
    "\n  mutation DeleteMailbox($userId: ID!) {\n    deleteMailbox(userId: $userId) {\n      deletedUserId\n    }\n  }\n": types.DeleteMailboxDocument,
    "\n  query Mailboxes($domainId: ID, $filter: MailboxFilter, $first: Int!, $after: String, $sort: MailboxSortInput) {\n    mailboxes(domainId: $domainId, filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        mfaStatus\n        devices\n        mfaOverride\n        lockedAt\n        domainId\n        domainName\n      }\n    }\n  }\n": types.MailboxesDocument,
    "\n  query MailboxDomains {\n    domains {\n      id\n      name\n      policy\n      enforceFrom\n      children {\n        id\n        name\n        policy\n        enforceFrom\n        children {\n          id\n          name\n          policy\n          enforceFrom\n          children {\n            id\n            name\n            policy\n            enforceFrom\n            children {\n              id\n              name\n              policy\n              enforceFrom\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MailboxDomainsDocument,
    "\n  mutation SetUserMfaOverride($userId: ID!, $level: UserOverride!) {\n    setUserMfaOverride(userId: $userId, level: $level) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n": types.SetUserMfaOverrideDocument,
    "\n  fragment SharedPhones_flag on SharedPhoneNumber {\n    deviceId\n    maskedPhone\n    mailboxesInAccount\n    inOtherAccounts\n    reasons\n  }\n": types.SharedPhones_FlagFragmentDoc,
    "\n  mutation RevokeUserAppPasswords($userId: ID!) {\n    revokeUserAppPasswords(userId: $userId) {\n      revoked\n    }\n  }\n": types.RevokeUserAppPasswordsDocument,
    "\n  fragment UserPage_user on AdminUserView {\n    id\n    username\n    displayName\n    kind\n    domainId\n    effectivePolicy\n    lockedAt\n    mfaEnabled\n    mfaOverride\n    mfaStatus\n    recoveryCodesLeft\n    appPasswordCount\n    sharedPhoneNumbers {\n      ...SharedPhones_flag\n    }\n    bypassCodes {\n      count\n      expiresAt\n    }\n    devices {\n      id\n      kind\n      name\n      maskedPhone\n      verified\n      isDefault\n      isBackup\n      lastUsedAt\n      createdAt\n      transports\n    }\n  }\n": types.UserPage_UserFragmentDoc,
    "\n  query UserPage($id: ID!) {\n    user(id: $id) {\n      id\n      ...UserPage_user\n    }\n  }\n": types.UserPageDocument,
    "\n  query NotEnrolled($domainId: ID!, $first: Int!, $after: String) {\n    mailboxes(domainId: $domainId, filter: { mfaStatus: NOT_ENROLLED }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.NotEnrolledDocument,
    "\n  mutation SendReminder($input: BulkMailboxActionInput!) {\n    bulkMailboxAction(input: $input) {\n      requested\n      succeeded\n      refused {\n        userId\n        username\n        code\n      }\n    }\n  }\n": types.SendReminderDocument,
    "\n  query RolloutDashboard($domainId: ID, $days: Int!) {\n    rolloutDashboard(domainId: $domainId) {\n      domainId\n      domainName\n      mailboxes\n      enrolled\n      notEnrolled\n      locked\n      enforceFrom\n      remindersSent\n      lastReminderAt\n      domains {\n        id\n        name\n        policy\n        enforceFrom\n        mailboxes\n        enrolled\n        notEnrolled\n        locked\n        remindersSent\n      }\n      history(days: $days) {\n        day\n        mailboxes\n        enrolled\n        locked\n      }\n    }\n  }\n": types.RolloutDashboardDocument,
    "\n  query DomainNames {\n    domains {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n          children {\n            id\n            name\n            children {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DomainNamesDocument,
    "\n  mutation SetSmsBudgets($budgets: SmsBudgetsInput!) {\n    setSmsSettings(input: { budgets: $budgets }) {\n      settings {\n        budgets {\n          userHourly\n          userDaily\n          domainHourly\n          domainDaily\n          accountHourly\n          accountDaily\n          destinationDaily\n        }\n      }\n    }\n  }\n": types.SetSmsBudgetsDocument,
    "\n  mutation SetSmsCountries($countries: [String!]) {\n    setSmsSettings(input: { allowedCountries: $countries }) {\n      settings {\n        allowedCountries\n        usesDefaultCountries\n      }\n    }\n  }\n": types.SetSmsCountriesDocument,
    "\n  query SmsPage {\n    smsSettings {\n      allowedCountries\n      usesDefaultCountries\n      defaultCountries\n      budgets {\n        userHourly\n        userDaily\n        domainHourly\n        domainDaily\n        accountHourly\n        accountDaily\n        destinationDaily\n      }\n      defaultBudgets {\n        userHourly\n        userDaily\n        domainHourly\n        domainDaily\n        accountHourly\n        accountDaily\n        destinationDaily\n      }\n      maxBudgets {\n        userHourly\n        userDaily\n        domainHourly\n        domainDaily\n        accountHourly\n        accountDaily\n        destinationDaily\n      }\n      account {\n        thisHour\n        today\n        hourlyBudget\n        dailyBudget\n      }\n      domains {\n        domainId\n        name\n        use {\n          thisHour\n          today\n          hourlyBudget\n          dailyBudget\n        }\n      }\n      hourEndsAt\n      dayEndsAt\n    }\n  }\n": types.SmsPageDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpoint_endpoint\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        lastStatusCode\n        lastResponse\n        lastAttemptAt\n        nextAttemptAt\n        createdAt\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      delivery {\n        id\n      }\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  fragment WebhookEndpoint_endpoint on WebhookEndpoint {\n    id\n    url\n    description\n    enabled\n    eventTypes\n    createdAt\n    previousSecretExpiresAt\n  }\n": types.WebhookEndpoint_EndpointFragmentDoc,
    "\n  mutation SetWebhookEnabled($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        ...WebhookEndpoint_endpoint\n      }\n    }\n  }\n": types.SetWebhookEnabledDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpoint_endpoint\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      delivery {\n        id\n      }\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      ...WebhookEndpoint_endpoint\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query AlternateEmail {\n    me {\n      id\n      alternateEmail {\n        address\n        verifiedAt\n        pendingAddress\n        codeExpiresAt\n      }\n    }\n  }\n": types.AlternateEmailDocument,
    "\n  mutation SetAlternateEmail($address: String!) {\n    setAlternateEmail(input: { address: $address }) {\n      alternateEmail {\n        address\n        pendingAddress\n        codeExpiresAt\n      }\n    }\n  }\n": types.SetAlternateEmailDocument,
    "\n  mutation VerifyAlternateEmail($code: String!) {\n    verifyAlternateEmail(input: { code: $code }) {\n      alternateEmail {\n        address\n        pendingAddress\n      }\n    }\n  }\n": types.VerifyAlternateEmailDocument,
    "\n  mutation RemoveAlternateEmail {\n    removeAlternateEmail {\n      alternateEmail {\n        address\n      }\n    }\n  }\n": types.RemoveAlternateEmailDocument,
    "\n  query MyAppPasswords {\n    myAppPasswords {\n      id\n      name\n      createdAt\n      lastUsedAt\n      lastUsedProtocol\n      lastUsedIp\n    }\n  }\n": types.MyAppPasswordsDocument,
    "\n  mutation CreateAppPassword($name: String!) {\n    createAppPassword(name: $name) {\n      password\n      appPassword {\n        id\n      }\n    }\n  }\n": types.CreateAppPasswordDocument,
    "\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id) {\n      revoked\n    }\n  }\n": types.RevokeAppPasswordDocument,
    "\n  fragment EmailItem_email on EmailMessage {\n    id\n    kind\n    to\n    subject\n    text\n    html\n    createdAt\n  }\n": types.EmailItem_EmailFragmentDoc,
    "\n  query EmailOutbox($first: Int!) {\n    emailOutbox(first: $first) {\n      id\n      ...EmailItem_email\n    }\n  }\n": types.EmailOutboxDocument,
    "\n  query Health {\n    health {\n      status\n      database\n    }\n  }\n": types.HealthDocument,
    "\n  mutation StartPasskey($input: StartWebAuthnRegistrationInput!) {\n    startWebAuthnRegistration(input: $input) {\n      optionsJson\n      device {\n        id\n        name\n      }\n    }\n  }\n": types.StartPasskeyDocument,
    "\n  mutation FinishPasskey($input: FinishWebAuthnRegistrationInput!) {\n    finishWebAuthnRegistration(input: $input) {\n      device {\n        id\n        kind\n        name\n        verified\n        isDefault\n        transports\n      }\n    }\n  }\n": types.FinishPasskeyDocument,
    "\n  mutation ForgetPendingPasskey($deviceId: ID!) {\n    removeDevice(deviceId: $deviceId) {\n      security {\n        devices {\n          id\n        }\n      }\n    }\n  }\n": types.ForgetPendingPasskeyDocument,
    "\n  mutation StartPasskeyStepUp {\n    startWebAuthnReauthentication {\n      challengeId\n      optionsJson\n    }\n  }\n": types.StartPasskeyStepUpDocument,
    "\n  query ReauthFactors {\n    me {\n      id\n      security {\n        devices {\n          id\n          kind\n          name\n          maskedPhone\n          verified\n          isDefault\n        }\n      }\n    }\n  }\n": types.ReauthFactorsDocument,
    "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      validUntil\n    }\n  }\n": types.ReauthenticateDocument,
    "\n  mutation SendReauthenticationPasscode($deviceId: ID!) {\n    sendReauthenticationPasscode(deviceId: $deviceId) {\n      challengeId\n      sentTo\n      expiresAt\n    }\n  }\n": types.SendReauthenticationPasscodeDocument,
    "\n  mutation GenerateRecoveryCodes($quantity: Int!) {\n    generateRecoveryCodes(quantity: $quantity) {\n      codes\n      text\n    }\n  }\n": types.GenerateRecoveryCodesDocument,
    "\n  query MyRememberedBrowsers {\n    myRememberedBrowsers {\n      id\n      name\n      firstUsedAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n": types.MyRememberedBrowsersDocument,
    "\n  mutation ForgetRememberedBrowser($id: ID!) {\n    forgetRememberedBrowser(id: $id) {\n      forgotten\n      browsers {\n        id\n        name\n        firstUsedAt\n        lastUsedAt\n        expiresAt\n        current\n      }\n    }\n  }\n": types.ForgetRememberedBrowserDocument,
    "\n  mutation ForgetAllRememberedBrowsers {\n    forgetAllRememberedBrowsers {\n      forgotten\n    }\n  }\n": types.ForgetAllRememberedBrowsersDocument,
    "\n  fragment DeviceList_device on Device {\n    id\n    kind\n    name\n    maskedPhone\n    verified\n    isDefault\n    isBackup\n    lastUsedAt\n    createdAt\n    transports\n  }\n": types.DeviceList_DeviceFragmentDoc,
    "\n  mutation RemoveDevice($deviceId: ID!) {\n    removeDevice(deviceId: $deviceId) {\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n": types.RemoveDeviceDocument,
    "\n  mutation SetDefaultDevice($deviceId: ID!) {\n    setDefaultDevice(deviceId: $deviceId) {\n      device {\n        id\n        isDefault\n        isBackup\n      }\n    }\n  }\n": types.SetDefaultDeviceDocument,
    "\n  mutation SetBackupPhone($deviceId: ID!) {\n    setBackupPhone(deviceId: $deviceId) {\n      device {\n        id\n        isBackup\n      }\n    }\n  }\n": types.SetBackupPhoneDocument,
    "\n  mutation SetMfaEnabled($enabled: Boolean!) {\n    setMfaEnabled(enabled: $enabled) {\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n": types.SetMfaEnabledDocument,
    "\n  mutation RemoveAllDevices {\n    removeAllDevices {\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n": types.RemoveAllDevicesDocument,
    "\n  mutation RenameDevice($input: RenameDeviceInput!) {\n    renameDevice(input: $input) {\n      device {\n        id\n        name\n      }\n    }\n  }\n": types.RenameDeviceDocument,
    "\n  fragment SecurityPage_security on Security {\n    policy\n    policyExplanation\n    mfaEnabled\n    canChangeMfaEnabled\n    canEnroll\n    acceptedKinds\n    recoveryCodesLeft\n    locked\n    canCreateAppPasswords\n    appPasswordsUnavailableReason\n    devices {\n      id\n      verified\n      ...DeviceList_device\n    }\n  }\n": types.SecurityPage_SecurityFragmentDoc,
    "\n  query SecurityPage {\n    me {\n      id\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n": types.SecurityPageDocument,
    "\n  fragment SessionList_session on SignedInSession {\n    id\n    browser\n    os\n    deviceType\n    ipAddress\n    signedInAt\n    lastActiveAt\n    signInMethods\n    setupOnly\n    current\n  }\n": types.SessionList_SessionFragmentDoc,
    "\n  query MySessions {\n    mySessions {\n      id\n      ...SessionList_session\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation SignOutSession($sessionId: ID!) {\n    signOutSession(sessionId: $sessionId) {\n      signedOut\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n": types.SignOutSessionDocument,
    "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions {\n      signedOut\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n": types.SignOutOtherSessionsDocument,
    "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      id\n      ...SessionList_session\n    }\n  }\n": types.UserSessionsDocument,
    "\n  mutation SignOutEverywhere($userId: ID!) {\n    signOutEverywhere(userId: $userId) {\n      signedOut\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation AddPhone($input: AddPhoneInput!) {\n    addPhone(input: $input) {\n      device {\n        id\n        kind\n        name\n        maskedPhone\n        verified\n      }\n    }\n  }\n": types.AddPhoneDocument,
    "\n  mutation DeferMfaSetup {\n    deferMfaSetup {\n      enforceFrom\n      remindAfter\n    }\n  }\n": types.DeferMfaSetupDocument,
    "\n  query SetupKinds {\n    me {\n      id\n      security {\n        acceptedKinds\n      }\n    }\n  }\n": types.SetupKindsDocument,
    "\n  mutation DiscardPendingDevice($deviceId: ID!) {\n    discardPendingDevice(deviceId: $deviceId) {\n      deviceId\n    }\n  }\n": types.DiscardPendingDeviceDocument,
    "\n  mutation EnrollTotp($input: EnrollTotpInput!) {\n    enrollTotp(input: $input) {\n      device {\n        id\n        kind\n        name\n        verified\n      }\n      secret\n      qrCodeDataUrl\n    }\n  }\n": types.EnrollTotpDocument,
    "\n  mutation CompleteLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      user {\n        id\n        username\n        displayName\n        kind\n      }\n    }\n  }\n": types.CompleteLoginDocument,
    "\n  mutation StartPasskeyLogin($challengeId: String!) {\n    startWebAuthnLogin(challengeId: $challengeId) {\n      optionsJson\n    }\n  }\n": types.StartPasskeyLoginDocument,
    "\n  mutation CompletePasskeyLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      user {\n        id\n        username\n        displayName\n        kind\n      }\n    }\n  }\n": types.CompletePasskeyLoginDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginSuccess {\n        user {\n          id\n          username\n          displayName\n          kind\n        }\n      }\n      ... on MfaChallenge {\n        challengeId\n        smsSentTo\n        rememberBrowserDays\n        factors {\n          id\n          kind\n          name\n          maskedPhone\n          isDefault\n          isBackup\n        }\n      }\n      ... on MfaSetupRequired {\n        enforceFrom\n        acceptedKinds\n        user {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SendLoginPasscode($input: SendLoginPasscodeInput!) {\n    sendLoginPasscode(input: $input) {\n      sentTo\n      expiresAt\n    }\n  }\n": types.SendLoginPasscodeDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query SmsOutbox($first: Int!) {\n    smsOutbox(first: $first) {\n      id\n      to\n      body\n      createdAt\n    }\n  }\n": types.SmsOutboxDocument,
    "\n  mutation ResendPhoneVerification($deviceId: ID!) {\n    resendPhoneVerification(deviceId: $deviceId) {\n      device {\n        id\n      }\n    }\n  }\n": types.ResendPhoneVerificationDocument,
    "\n  mutation VerifyDevice($input: VerifyDeviceInput!) {\n    verifyDevice(input: $input) {\n      device {\n        id\n        verified\n        isDefault\n        lastUsedAt\n      }\n    }\n  }\n": types.VerifyDeviceDocument,
    "\n  query Session {\n    me {\n      id\n      username\n      displayName\n      kind\n    }\n  }\n": types.SessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxAvailable {\n    smsOutbox(first: 1) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OutboxAvailable {\n    smsOutbox(first: 1) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailOutboxAvailable {\n    emailOutbox(first: 1) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query EmailOutboxAvailable {\n    emailOutbox(first: 1) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage {\n    account {\n      id\n      name\n      adminMfaPolicy\n      adminEnforceFrom\n    }\n    me {\n      id\n      mfaPassed\n      security {\n        devices {\n          id\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPage {\n    account {\n      id\n      name\n      adminMfaPolicy\n      adminEnforceFrom\n    }\n    me {\n      id\n      mfaPassed\n      security {\n        devices {\n          id\n          verified\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountAdminMfaPolicy($policy: PolicyLevel!, $enforceFrom: DateTimeISO) {\n    setAccountAdminMfaPolicy(policy: $policy, enforceFrom: $enforceFrom) {\n      account {\n        id\n        name\n        adminMfaPolicy\n        adminEnforceFrom\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountAdminMfaPolicy($policy: PolicyLevel!, $enforceFrom: DateTimeISO) {\n    setAccountAdminMfaPolicy(policy: $policy, enforceFrom: $enforceFrom) {\n      account {\n        id\n        name\n        adminMfaPolicy\n        adminEnforceFrom\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    prefix\n    scope\n    status\n    domains {\n      id\n      name\n    }\n    createdAt\n    createdByUsername\n    lastUsedAt\n    lastUsedIp\n    expiresAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    prefix\n    scope\n    status\n    domains {\n      id\n      name\n    }\n    createdAt\n    createdByUsername\n    lastUsedAt\n    lastUsedIp\n    expiresAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $sort: AuditSortInput) {\n    auditEvents(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        outcome\n        createdAt\n        actorId\n        actorUsername\n        actorApiKeyName\n        targetUserId\n        targetUsername\n        detail\n        ip\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $sort: AuditSortInput) {\n    auditEvents(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        outcome\n        createdAt\n        actorId\n        actorUsername\n        actorApiKeyName\n        targetUserId\n        targetUsername\n        detail\n        ip\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditUserName($id: ID!) {\n    user(id: $id) {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  query AuditUserName($id: ID!) {\n    user(id: $id) {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditUserSearch($search: String!) {\n    mailboxes(filter: { search: $search }, first: 8) {\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditUserSearch($search: String!) {\n    mailboxes(filter: { search: $search }, first: 8) {\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDomain($input: CreateDomainInput!) {\n    createDomain(input: $input) {\n      domain {\n        id\n        name\n        policy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDomain($input: CreateDomainInput!) {\n    createDomain(input: $input) {\n      domain {\n        id\n        name\n        policy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDomain($id: ID!) {\n    deleteDomain(id: $id) {\n      deletedDomainId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDomain($id: ID!) {\n    deleteDomain(id: $id) {\n      deletedDomainId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainItem_domain on Domain {\n    id\n    name\n    parentId\n    policy\n    enforceFrom\n    rememberBrowserDays\n    coverage {\n      mailboxes\n      enrolled\n      locked\n      passkeys\n    }\n  }\n"): (typeof documents)["\n  fragment DomainItem_domain on Domain {\n    id\n    name\n    parentId\n    policy\n    enforceFrom\n    rememberBrowserDays\n    coverage {\n      mailboxes\n      enrolled\n      locked\n      passkeys\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainsPage {\n    domains {\n      id\n      ...DomainItem_domain\n      children {\n        id\n        ...DomainItem_domain\n        children {\n          id\n          ...DomainItem_domain\n          children {\n            id\n            ...DomainItem_domain\n            children {\n              id\n              ...DomainItem_domain\n              children {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DomainsPage {\n    domains {\n      id\n      ...DomainItem_domain\n      children {\n        id\n        ...DomainItem_domain\n        children {\n          id\n          ...DomainItem_domain\n          children {\n            id\n            ...DomainItem_domain\n            children {\n              id\n              ...DomainItem_domain\n              children {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyImpact($domainId: ID!, $policy: PolicyLevel!, $includeChildren: Boolean!, $enforceFrom: DateTimeISO) {\n    policyImpact(domainId: $domainId, policy: $policy, includeChildren: $includeChildren, enforceFrom: $enforceFrom) {\n      affected\n      enforceFrom\n      loggedOut {\n        count\n        sample\n      }\n      mustEnrol {\n        count\n        sample\n      }\n      saveRefusal\n    }\n  }\n"): (typeof documents)["\n  query PolicyImpact($domainId: ID!, $policy: PolicyLevel!, $includeChildren: Boolean!, $enforceFrom: DateTimeISO) {\n    policyImpact(domainId: $domainId, policy: $policy, includeChildren: $includeChildren, enforceFrom: $enforceFrom) {\n      affected\n      enforceFrom\n      loggedOut {\n        count\n        sample\n      }\n      mustEnrol {\n        count\n        sample\n      }\n      saveRefusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDomainMfaPolicy($input: SetDomainMfaPolicyInput!) {\n    setDomainMfaPolicy(input: $input) {\n      domains {\n        id\n        policy\n        enforceFrom\n      }\n      revokedSessions\n    }\n  }\n"): (typeof documents)["\n  mutation SetDomainMfaPolicy($input: SetDomainMfaPolicyInput!) {\n    setDomainMfaPolicy(input: $input) {\n      domains {\n        id\n        policy\n        enforceFrom\n      }\n      revokedSessions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRememberBrowserDays($domainId: ID!, $days: Int!) {\n    setRememberBrowserDays(domainId: $domainId, days: $days) {\n      domain {\n        id\n        rememberBrowserDays\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetRememberBrowserDays($domainId: ID!, $days: Int!) {\n    setRememberBrowserDays(domainId: $domainId, days: $days) {\n      domain {\n        id\n        rememberBrowserDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMailbox($input: CreateMailboxInput!) {\n    createMailbox(input: $input) {\n      user {\n        id\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMailbox($input: CreateMailboxInput!) {\n    createMailbox(input: $input) {\n      user {\n        id\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkMailboxAction($input: BulkMailboxActionInput!) {\n    bulkMailboxAction(input: $input) {\n      requested\n      succeeded\n      moreMatching\n      refused {\n        userId\n        username\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkMailboxAction($input: BulkMailboxActionInput!) {\n    bulkMailboxAction(input: $input) {\n      requested\n      succeeded\n      moreMatching\n      refused {\n        userId\n        username\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueBypassCodes($input: IssueBypassCodesInput!) {\n    issueBypassCodes(input: $input) {\n      codes\n      expiresAt\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueBypassCodes($input: IssueBypassCodesInput!) {\n    issueBypassCodes(input: $input) {\n      codes\n      expiresAt\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeBypassCodes($userId: ID!) {\n    revokeBypassCodes(userId: $userId) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeBypassCodes($userId: ID!) {\n    revokeBypassCodes(userId: $userId) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserMfa($userId: ID!) {\n    resetUserMfa(userId: $userId) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserMfa($userId: ID!) {\n    resetUserMfa(userId: $userId) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMailbox($userId: ID!) {\n    deleteMailbox(userId: $userId) {\n      deletedUserId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMailbox($userId: ID!) {\n    deleteMailbox(userId: $userId) {\n      deletedUserId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mailboxes($domainId: ID, $filter: MailboxFilter, $first: Int!, $after: String, $sort: MailboxSortInput) {\n    mailboxes(domainId: $domainId, filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        mfaStatus\n        devices\n        mfaOverride\n        lockedAt\n        domainId\n        domainName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Mailboxes($domainId: ID, $filter: MailboxFilter, $first: Int!, $after: String, $sort: MailboxSortInput) {\n    mailboxes(domainId: $domainId, filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        mfaStatus\n        devices\n        mfaOverride\n        lockedAt\n        domainId\n        domainName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailboxDomains {\n    domains {\n      id\n      name\n      policy\n      enforceFrom\n      children {\n        id\n        name\n        policy\n        enforceFrom\n        children {\n          id\n          name\n          policy\n          enforceFrom\n          children {\n            id\n            name\n            policy\n            enforceFrom\n            children {\n              id\n              name\n              policy\n              enforceFrom\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailboxDomains {\n    domains {\n      id\n      name\n      policy\n      enforceFrom\n      children {\n        id\n        name\n        policy\n        enforceFrom\n        children {\n          id\n          name\n          policy\n          enforceFrom\n          children {\n            id\n            name\n            policy\n            enforceFrom\n            children {\n              id\n              name\n              policy\n              enforceFrom\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserMfaOverride($userId: ID!, $level: UserOverride!) {\n    setUserMfaOverride(userId: $userId, level: $level) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserMfaOverride($userId: ID!, $level: UserOverride!) {\n    setUserMfaOverride(userId: $userId, level: $level) {\n      user {\n        id\n        ...UserPage_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedPhones_flag on SharedPhoneNumber {\n    deviceId\n    maskedPhone\n    mailboxesInAccount\n    inOtherAccounts\n    reasons\n  }\n"): (typeof documents)["\n  fragment SharedPhones_flag on SharedPhoneNumber {\n    deviceId\n    maskedPhone\n    mailboxesInAccount\n    inOtherAccounts\n    reasons\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeUserAppPasswords($userId: ID!) {\n    revokeUserAppPasswords(userId: $userId) {\n      revoked\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeUserAppPasswords($userId: ID!) {\n    revokeUserAppPasswords(userId: $userId) {\n      revoked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserPage_user on AdminUserView {\n    id\n    username\n    displayName\n    kind\n    domainId\n    effectivePolicy\n    lockedAt\n    mfaEnabled\n    mfaOverride\n    mfaStatus\n    recoveryCodesLeft\n    appPasswordCount\n    sharedPhoneNumbers {\n      ...SharedPhones_flag\n    }\n    bypassCodes {\n      count\n      expiresAt\n    }\n    devices {\n      id\n      kind\n      name\n      maskedPhone\n      verified\n      isDefault\n      isBackup\n      lastUsedAt\n      createdAt\n      transports\n    }\n  }\n"): (typeof documents)["\n  fragment UserPage_user on AdminUserView {\n    id\n    username\n    displayName\n    kind\n    domainId\n    effectivePolicy\n    lockedAt\n    mfaEnabled\n    mfaOverride\n    mfaStatus\n    recoveryCodesLeft\n    appPasswordCount\n    sharedPhoneNumbers {\n      ...SharedPhones_flag\n    }\n    bypassCodes {\n      count\n      expiresAt\n    }\n    devices {\n      id\n      kind\n      name\n      maskedPhone\n      verified\n      isDefault\n      isBackup\n      lastUsedAt\n      createdAt\n      transports\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserPage($id: ID!) {\n    user(id: $id) {\n      id\n      ...UserPage_user\n    }\n  }\n"): (typeof documents)["\n  query UserPage($id: ID!) {\n    user(id: $id) {\n      id\n      ...UserPage_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotEnrolled($domainId: ID!, $first: Int!, $after: String) {\n    mailboxes(domainId: $domainId, filter: { mfaStatus: NOT_ENROLLED }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotEnrolled($domainId: ID!, $first: Int!, $after: String) {\n    mailboxes(domainId: $domainId, filter: { mfaStatus: NOT_ENROLLED }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReminder($input: BulkMailboxActionInput!) {\n    bulkMailboxAction(input: $input) {\n      requested\n      succeeded\n      refused {\n        userId\n        username\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendReminder($input: BulkMailboxActionInput!) {\n    bulkMailboxAction(input: $input) {\n      requested\n      succeeded\n      refused {\n        userId\n        username\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolloutDashboard($domainId: ID, $days: Int!) {\n    rolloutDashboard(domainId: $domainId) {\n      domainId\n      domainName\n      mailboxes\n      enrolled\n      notEnrolled\n      locked\n      enforceFrom\n      remindersSent\n      lastReminderAt\n      domains {\n        id\n        name\n        policy\n        enforceFrom\n        mailboxes\n        enrolled\n        notEnrolled\n        locked\n        remindersSent\n      }\n      history(days: $days) {\n        day\n        mailboxes\n        enrolled\n        locked\n      }\n    }\n  }\n"): (typeof documents)["\n  query RolloutDashboard($domainId: ID, $days: Int!) {\n    rolloutDashboard(domainId: $domainId) {\n      domainId\n      domainName\n      mailboxes\n      enrolled\n      notEnrolled\n      locked\n      enforceFrom\n      remindersSent\n      lastReminderAt\n      domains {\n        id\n        name\n        policy\n        enforceFrom\n        mailboxes\n        enrolled\n        notEnrolled\n        locked\n        remindersSent\n      }\n      history(days: $days) {\n        day\n        mailboxes\n        enrolled\n        locked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainNames {\n    domains {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n          children {\n            id\n            name\n            children {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DomainNames {\n    domains {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n          children {\n            id\n            name\n            children {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSmsBudgets($budgets: SmsBudgetsInput!) {\n    setSmsSettings(input: { budgets: $budgets }) {\n      settings {\n        budgets {\n          userHourly\n          userDaily\n          domainHourly\n          domainDaily\n          accountHourly\n          accountDaily\n          destinationDaily\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSmsBudgets($budgets: SmsBudgetsInput!) {\n    setSmsSettings(input: { budgets: $budgets }) {\n      settings {\n        budgets {\n          userHourly\n          userDaily\n          domainHourly\n          domainDaily\n          accountHourly\n          accountDaily\n          destinationDaily\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSmsCountries($countries: [String!]) {\n    setSmsSettings(input: { allowedCountries: $countries }) {\n      settings {\n        allowedCountries\n        usesDefaultCountries\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSmsCountries($countries: [String!]) {\n    setSmsSettings(input: { allowedCountries: $countries }) {\n      settings {\n        allowedCountries\n        usesDefaultCountries\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmsPage {\n    smsSettings {\n      allowedCountries\n      usesDefaultCountries\n      defaultCountries\n      budgets {\n        userHourly\n        userDaily\n        domainHourly\n        domainDaily\n        accountHourly\n        accountDaily\n        destinationDaily\n      }\n      defaultBudgets {\n        userHourly\n        userDaily\n        domainHourly\n        domainDaily\n        accountHourly\n        accountDaily\n        destinationDaily\n      }\n      maxBudgets {\n        userHourly\n        userDaily\n        domainHourly\n        domainDaily\n        accountHourly\n        accountDaily\n        destinationDaily\n      }\n      account {\n        thisHour\n        today\n        hourlyBudget\n        dailyBudget\n      }\n      domains {\n        domainId\n        name\n        use {\n          thisHour\n          today\n          hourlyBudget\n          dailyBudget\n        }\n      }\n      hourEndsAt\n      dayEndsAt\n    }\n  }\n"): (typeof documents)["\n  query SmsPage {\n    smsSettings {\n      allowedCountries\n      usesDefaultCountries\n      defaultCountries\n      budgets {\n        userHourly\n        userDaily\n        domainHourly\n        domainDaily\n        accountHourly\n        accountDaily\n        destinationDaily\n      }\n      defaultBudgets {\n        userHourly\n        userDaily\n        domainHourly\n        domainDaily\n        accountHourly\n        accountDaily\n        destinationDaily\n      }\n      maxBudgets {\n        userHourly\n        userDaily\n        domainHourly\n        domainDaily\n        accountHourly\n        accountDaily\n        destinationDaily\n      }\n      account {\n        thisHour\n        today\n        hourlyBudget\n        dailyBudget\n      }\n      domains {\n        domainId\n        name\n        use {\n          thisHour\n          today\n          hourlyBudget\n          dailyBudget\n        }\n      }\n      hourEndsAt\n      dayEndsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpoint_endpoint\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpoint_endpoint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        lastStatusCode\n        lastResponse\n        lastAttemptAt\n        nextAttemptAt\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        lastStatusCode\n        lastResponse\n        lastAttemptAt\n        nextAttemptAt\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      delivery {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      delivery {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpoint_endpoint on WebhookEndpoint {\n    id\n    url\n    description\n    enabled\n    eventTypes\n    createdAt\n    previousSecretExpiresAt\n  }\n"): (typeof documents)["\n  fragment WebhookEndpoint_endpoint on WebhookEndpoint {\n    id\n    url\n    description\n    enabled\n    eventTypes\n    createdAt\n    previousSecretExpiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWebhookEnabled($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        ...WebhookEndpoint_endpoint\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetWebhookEnabled($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        ...WebhookEndpoint_endpoint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpoint_endpoint\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpoint_endpoint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      delivery {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      delivery {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      ...WebhookEndpoint_endpoint\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      ...WebhookEndpoint_endpoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlternateEmail {\n    me {\n      id\n      alternateEmail {\n        address\n        verifiedAt\n        pendingAddress\n        codeExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlternateEmail {\n    me {\n      id\n      alternateEmail {\n        address\n        verifiedAt\n        pendingAddress\n        codeExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAlternateEmail($address: String!) {\n    setAlternateEmail(input: { address: $address }) {\n      alternateEmail {\n        address\n        pendingAddress\n        codeExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAlternateEmail($address: String!) {\n    setAlternateEmail(input: { address: $address }) {\n      alternateEmail {\n        address\n        pendingAddress\n        codeExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyAlternateEmail($code: String!) {\n    verifyAlternateEmail(input: { code: $code }) {\n      alternateEmail {\n        address\n        pendingAddress\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyAlternateEmail($code: String!) {\n    verifyAlternateEmail(input: { code: $code }) {\n      alternateEmail {\n        address\n        pendingAddress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAlternateEmail {\n    removeAlternateEmail {\n      alternateEmail {\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAlternateEmail {\n    removeAlternateEmail {\n      alternateEmail {\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppPasswords {\n    myAppPasswords {\n      id\n      name\n      createdAt\n      lastUsedAt\n      lastUsedProtocol\n      lastUsedIp\n    }\n  }\n"): (typeof documents)["\n  query MyAppPasswords {\n    myAppPasswords {\n      id\n      name\n      createdAt\n      lastUsedAt\n      lastUsedProtocol\n      lastUsedIp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAppPassword($name: String!) {\n    createAppPassword(name: $name) {\n      password\n      appPassword {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAppPassword($name: String!) {\n    createAppPassword(name: $name) {\n      password\n      appPassword {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id) {\n      revoked\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id) {\n      revoked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailItem_email on EmailMessage {\n    id\n    kind\n    to\n    subject\n    text\n    html\n    createdAt\n  }\n"): (typeof documents)["\n  fragment EmailItem_email on EmailMessage {\n    id\n    kind\n    to\n    subject\n    text\n    html\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailOutbox($first: Int!) {\n    emailOutbox(first: $first) {\n      id\n      ...EmailItem_email\n    }\n  }\n"): (typeof documents)["\n  query EmailOutbox($first: Int!) {\n    emailOutbox(first: $first) {\n      id\n      ...EmailItem_email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Health {\n    health {\n      status\n      database\n    }\n  }\n"): (typeof documents)["\n  query Health {\n    health {\n      status\n      database\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskey($input: StartWebAuthnRegistrationInput!) {\n    startWebAuthnRegistration(input: $input) {\n      optionsJson\n      device {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartPasskey($input: StartWebAuthnRegistrationInput!) {\n    startWebAuthnRegistration(input: $input) {\n      optionsJson\n      device {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskey($input: FinishWebAuthnRegistrationInput!) {\n    finishWebAuthnRegistration(input: $input) {\n      device {\n        id\n        kind\n        name\n        verified\n        isDefault\n        transports\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskey($input: FinishWebAuthnRegistrationInput!) {\n    finishWebAuthnRegistration(input: $input) {\n      device {\n        id\n        kind\n        name\n        verified\n        isDefault\n        transports\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgetPendingPasskey($deviceId: ID!) {\n    removeDevice(deviceId: $deviceId) {\n      security {\n        devices {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForgetPendingPasskey($deviceId: ID!) {\n    removeDevice(deviceId: $deviceId) {\n      security {\n        devices {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyStepUp {\n    startWebAuthnReauthentication {\n      challengeId\n      optionsJson\n    }\n  }\n"): (typeof documents)["\n  mutation StartPasskeyStepUp {\n    startWebAuthnReauthentication {\n      challengeId\n      optionsJson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReauthFactors {\n    me {\n      id\n      security {\n        devices {\n          id\n          kind\n          name\n          maskedPhone\n          verified\n          isDefault\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReauthFactors {\n    me {\n      id\n      security {\n        devices {\n          id\n          kind\n          name\n          maskedPhone\n          verified\n          isDefault\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReauthenticationPasscode($deviceId: ID!) {\n    sendReauthenticationPasscode(deviceId: $deviceId) {\n      challengeId\n      sentTo\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SendReauthenticationPasscode($deviceId: ID!) {\n    sendReauthenticationPasscode(deviceId: $deviceId) {\n      challengeId\n      sentTo\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateRecoveryCodes($quantity: Int!) {\n    generateRecoveryCodes(quantity: $quantity) {\n      codes\n      text\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateRecoveryCodes($quantity: Int!) {\n    generateRecoveryCodes(quantity: $quantity) {\n      codes\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRememberedBrowsers {\n    myRememberedBrowsers {\n      id\n      name\n      firstUsedAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MyRememberedBrowsers {\n    myRememberedBrowsers {\n      id\n      name\n      firstUsedAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgetRememberedBrowser($id: ID!) {\n    forgetRememberedBrowser(id: $id) {\n      forgotten\n      browsers {\n        id\n        name\n        firstUsedAt\n        lastUsedAt\n        expiresAt\n        current\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForgetRememberedBrowser($id: ID!) {\n    forgetRememberedBrowser(id: $id) {\n      forgotten\n      browsers {\n        id\n        name\n        firstUsedAt\n        lastUsedAt\n        expiresAt\n        current\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgetAllRememberedBrowsers {\n    forgetAllRememberedBrowsers {\n      forgotten\n    }\n  }\n"): (typeof documents)["\n  mutation ForgetAllRememberedBrowsers {\n    forgetAllRememberedBrowsers {\n      forgotten\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeviceList_device on Device {\n    id\n    kind\n    name\n    maskedPhone\n    verified\n    isDefault\n    isBackup\n    lastUsedAt\n    createdAt\n    transports\n  }\n"): (typeof documents)["\n  fragment DeviceList_device on Device {\n    id\n    kind\n    name\n    maskedPhone\n    verified\n    isDefault\n    isBackup\n    lastUsedAt\n    createdAt\n    transports\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDevice($deviceId: ID!) {\n    removeDevice(deviceId: $deviceId) {\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveDevice($deviceId: ID!) {\n    removeDevice(deviceId: $deviceId) {\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultDevice($deviceId: ID!) {\n    setDefaultDevice(deviceId: $deviceId) {\n      device {\n        id\n        isDefault\n        isBackup\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDefaultDevice($deviceId: ID!) {\n    setDefaultDevice(deviceId: $deviceId) {\n      device {\n        id\n        isDefault\n        isBackup\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBackupPhone($deviceId: ID!) {\n    setBackupPhone(deviceId: $deviceId) {\n      device {\n        id\n        isBackup\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetBackupPhone($deviceId: ID!) {\n    setBackupPhone(deviceId: $deviceId) {\n      device {\n        id\n        isBackup\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMfaEnabled($enabled: Boolean!) {\n    setMfaEnabled(enabled: $enabled) {\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMfaEnabled($enabled: Boolean!) {\n    setMfaEnabled(enabled: $enabled) {\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAllDevices {\n    removeAllDevices {\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAllDevices {\n    removeAllDevices {\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameDevice($input: RenameDeviceInput!) {\n    renameDevice(input: $input) {\n      device {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameDevice($input: RenameDeviceInput!) {\n    renameDevice(input: $input) {\n      device {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecurityPage_security on Security {\n    policy\n    policyExplanation\n    mfaEnabled\n    canChangeMfaEnabled\n    canEnroll\n    acceptedKinds\n    recoveryCodesLeft\n    locked\n    canCreateAppPasswords\n    appPasswordsUnavailableReason\n    devices {\n      id\n      verified\n      ...DeviceList_device\n    }\n  }\n"): (typeof documents)["\n  fragment SecurityPage_security on Security {\n    policy\n    policyExplanation\n    mfaEnabled\n    canChangeMfaEnabled\n    canEnroll\n    acceptedKinds\n    recoveryCodesLeft\n    locked\n    canCreateAppPasswords\n    appPasswordsUnavailableReason\n    devices {\n      id\n      verified\n      ...DeviceList_device\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityPage {\n    me {\n      id\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityPage {\n    me {\n      id\n      security {\n        ...SecurityPage_security\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionList_session on SignedInSession {\n    id\n    browser\n    os\n    deviceType\n    ipAddress\n    signedInAt\n    lastActiveAt\n    signInMethods\n    setupOnly\n    current\n  }\n"): (typeof documents)["\n  fragment SessionList_session on SignedInSession {\n    id\n    browser\n    os\n    deviceType\n    ipAddress\n    signedInAt\n    lastActiveAt\n    signInMethods\n    setupOnly\n    current\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      ...SessionList_session\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      ...SessionList_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutSession($sessionId: ID!) {\n    signOutSession(sessionId: $sessionId) {\n      signedOut\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOutSession($sessionId: ID!) {\n    signOutSession(sessionId: $sessionId) {\n      signedOut\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions {\n      signedOut\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOutOtherSessions {\n    signOutOtherSessions {\n      signedOut\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      id\n      ...SessionList_session\n    }\n  }\n"): (typeof documents)["\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      id\n      ...SessionList_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere($userId: ID!) {\n    signOutEverywhere(userId: $userId) {\n      signedOut\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere($userId: ID!) {\n    signOutEverywhere(userId: $userId) {\n      signedOut\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPhone($input: AddPhoneInput!) {\n    addPhone(input: $input) {\n      device {\n        id\n        kind\n        name\n        maskedPhone\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPhone($input: AddPhoneInput!) {\n    addPhone(input: $input) {\n      device {\n        id\n        kind\n        name\n        maskedPhone\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeferMfaSetup {\n    deferMfaSetup {\n      enforceFrom\n      remindAfter\n    }\n  }\n"): (typeof documents)["\n  mutation DeferMfaSetup {\n    deferMfaSetup {\n      enforceFrom\n      remindAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupKinds {\n    me {\n      id\n      security {\n        acceptedKinds\n      }\n    }\n  }\n"): (typeof documents)["\n  query SetupKinds {\n    me {\n      id\n      security {\n        acceptedKinds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardPendingDevice($deviceId: ID!) {\n    discardPendingDevice(deviceId: $deviceId) {\n      deviceId\n    }\n  }\n"): (typeof documents)["\n  mutation DiscardPendingDevice($deviceId: ID!) {\n    discardPendingDevice(deviceId: $deviceId) {\n      deviceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollTotp($input: EnrollTotpInput!) {\n    enrollTotp(input: $input) {\n      device {\n        id\n        kind\n        name\n        verified\n      }\n      secret\n      qrCodeDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation EnrollTotp($input: EnrollTotpInput!) {\n    enrollTotp(input: $input) {\n      device {\n        id\n        kind\n        name\n        verified\n      }\n      secret\n      qrCodeDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      user {\n        id\n        username\n        displayName\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      user {\n        id\n        username\n        displayName\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyLogin($challengeId: String!) {\n    startWebAuthnLogin(challengeId: $challengeId) {\n      optionsJson\n    }\n  }\n"): (typeof documents)["\n  mutation StartPasskeyLogin($challengeId: String!) {\n    startWebAuthnLogin(challengeId: $challengeId) {\n      optionsJson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePasskeyLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      user {\n        id\n        username\n        displayName\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompletePasskeyLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      user {\n        id\n        username\n        displayName\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginSuccess {\n        user {\n          id\n          username\n          displayName\n          kind\n        }\n      }\n      ... on MfaChallenge {\n        challengeId\n        smsSentTo\n        rememberBrowserDays\n        factors {\n          id\n          kind\n          name\n          maskedPhone\n          isDefault\n          isBackup\n        }\n      }\n      ... on MfaSetupRequired {\n        enforceFrom\n        acceptedKinds\n        user {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginSuccess {\n        user {\n          id\n          username\n          displayName\n          kind\n        }\n      }\n      ... on MfaChallenge {\n        challengeId\n        smsSentTo\n        rememberBrowserDays\n        factors {\n          id\n          kind\n          name\n          maskedPhone\n          isDefault\n          isBackup\n        }\n      }\n      ... on MfaSetupRequired {\n        enforceFrom\n        acceptedKinds\n        user {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendLoginPasscode($input: SendLoginPasscodeInput!) {\n    sendLoginPasscode(input: $input) {\n      sentTo\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SendLoginPasscode($input: SendLoginPasscodeInput!) {\n    sendLoginPasscode(input: $input) {\n      sentTo\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmsOutbox($first: Int!) {\n    smsOutbox(first: $first) {\n      id\n      to\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query SmsOutbox($first: Int!) {\n    smsOutbox(first: $first) {\n      id\n      to\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendPhoneVerification($deviceId: ID!) {\n    resendPhoneVerification(deviceId: $deviceId) {\n      device {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendPhoneVerification($deviceId: ID!) {\n    resendPhoneVerification(deviceId: $deviceId) {\n      device {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyDevice($input: VerifyDeviceInput!) {\n    verifyDevice(input: $input) {\n      device {\n        id\n        verified\n        isDefault\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyDevice($input: VerifyDeviceInput!) {\n    verifyDevice(input: $input) {\n      device {\n        id\n        verified\n        isDefault\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      id\n      username\n      displayName\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      id\n      username\n      displayName\n      kind\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;