# Generated from Stripe's spec 2023-08-16 (eed9ac08); do not edit: `make generate`.
"""The objects Stripe returns from the catalogue's actions, as TypedDicts.

Results stay plain dicts at run time; these types describe them for editors and type
checkers. A key marked ``NotRequired`` appears only in some responses (for example
when expanded).
"""

from __future__ import annotations

from typing import Any, Literal

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "Account",
    "AccountBacsDebitPaymentsSettings",
    "AccountBrandingSettings",
    "AccountBusinessProfile",
    "AccountCapabilities",
    "AccountCardIssuingSettings",
    "AccountCardPaymentsSettings",
    "AccountDashboardSettings",
    "AccountDeclineChargeOn",
    "AccountExternalAccounts",
    "AccountFutureRequirements",
    "AccountMonthlyEstimatedRevenue",
    "AccountPaymentsSettings",
    "AccountPayoutSettings",
    "AccountRequirements",
    "AccountRequirementsAlternative",
    "AccountRequirementsError",
    "AccountSepaDebitPaymentsSettings",
    "AccountSettings",
    "AccountTermsOfService",
    "AccountTosAcceptance",
    "AccountTreasurySettings",
    "AccountUnificationAccountController",
    "Address",
    "ApiErrors",
    "Application",
    "ApplicationFee",
    "ApplicationFeeRefunds",
    "AutomaticTax",
    "BalanceTransaction",
    "BankAccount",
    "BillingDetails",
    "CancellationDetails",
    "Card",
    "CardGeneratedFromPaymentMethodDetails",
    "CardIssuingAccountTermsOfService",
    "CardMandatePaymentMethodDetails",
    "CashBalance",
    "Charge",
    "ChargeFraudDetails",
    "ChargeOutcome",
    "ChargeRefunds",
    "ChargeTransferData",
    "ConnectCollectionTransfer",
    "Coupon",
    "CouponAppliesTo",
    "CouponCurrencyOption",
    "CurrencyOption",
    "CustomUnitAmount",
    "Customer",
    "CustomerAcceptance",
    "CustomerBalanceCustomerBalanceSettings",
    "CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft",
    "CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction",
    "CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction",
    "CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer",
    "CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer",
    "CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer",
    "CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer",
    "CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer",
    "CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction",
    "CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction",
    "CustomerCashBalanceTransaction",
    "CustomerSources",
    "CustomerSubscriptions",
    "CustomerTax",
    "CustomerTaxIds",
    "CustomerTaxLocation",
    "DeletedApplication",
    "DeletedBankAccount",
    "DeletedCard",
    "DeletedCoupon",
    "DeletedCustomer",
    "DeletedDiscount",
    "DeletedInvoice",
    "DeletedPrice",
    "DeletedProduct",
    "DeletedTaxId",
    "Discount",
    "DiscountsResourceDiscountAmount",
    "Dispute",
    "DisputeEvidence",
    "DisputeEvidenceDetails",
    "DisputePaymentMethodDetails",
    "DisputePaymentMethodDetailsCard",
    "EmailSent",
    "ExternalAccountRequirements",
    "Fee",
    "FeeRefund",
    "File",
    "FileLink",
    "FileLinks",
    "FundingInstructionsBankTransferFinancialAddress",
    "FundingInstructionsBankTransferIbanRecord",
    "FundingInstructionsBankTransferSortCodeRecord",
    "FundingInstructionsBankTransferSpeiRecord",
    "FundingInstructionsBankTransferZenginRecord",
    "Invoice",
    "InvoiceInstallmentsCard",
    "InvoiceItemThresholdReason",
    "InvoiceLineItemPeriod",
    "InvoiceLines",
    "InvoiceMandateOptionsCard",
    "InvoicePaymentMethodOptionsAcssDebit",
    "InvoicePaymentMethodOptionsAcssDebitMandateOptions",
    "InvoicePaymentMethodOptionsBancontact",
    "InvoicePaymentMethodOptionsCard",
    "InvoicePaymentMethodOptionsCustomerBalance",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransfer",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer",
    "InvoicePaymentMethodOptionsKonbini",
    "InvoicePaymentMethodOptionsUsBankAccount",
    "InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions",
    "InvoiceSettingCustomField",
    "InvoiceSettingCustomerSetting",
    "InvoiceSettingQuoteSetting",
    "InvoiceSettingRenderingOptions",
    "InvoiceSettingSubscriptionSchedulePhaseSetting",
    "InvoiceSettingSubscriptionScheduleSetting",
    "InvoiceTaxAmount",
    "InvoiceThresholdReason",
    "InvoiceTransferData",
    "Invoiceitem",
    "InvoicesFromInvoice",
    "InvoicesPaymentMethodOptions",
    "InvoicesPaymentSettings",
    "InvoicesResourceInvoiceTaxId",
    "InvoicesResourceLineItemsCreditedItems",
    "InvoicesResourceLineItemsProrationDetails",
    "InvoicesShippingCost",
    "InvoicesStatusTransitions",
    "IssuingAuthorization",
    "IssuingAuthorizationAmountDetails",
    "IssuingAuthorizationMerchantData",
    "IssuingAuthorizationNetworkData",
    "IssuingAuthorizationPendingRequest",
    "IssuingAuthorizationRequest",
    "IssuingAuthorizationTreasury",
    "IssuingAuthorizationVerificationData",
    "IssuingCard",
    "IssuingCardApplePay",
    "IssuingCardAuthorizationControls",
    "IssuingCardGooglePay",
    "IssuingCardShipping",
    "IssuingCardShippingCustoms",
    "IssuingCardSpendingLimit",
    "IssuingCardWallets",
    "IssuingCardholder",
    "IssuingCardholderAddress",
    "IssuingCardholderAuthorizationControls",
    "IssuingCardholderCardIssuing",
    "IssuingCardholderCompany",
    "IssuingCardholderIdDocument",
    "IssuingCardholderIndividual",
    "IssuingCardholderIndividualDob",
    "IssuingCardholderRequirements",
    "IssuingCardholderSpendingLimit",
    "IssuingCardholderUserTermsAcceptance",
    "IssuingCardholderVerification",
    "IssuingDispute",
    "IssuingDisputeCanceledEvidence",
    "IssuingDisputeDuplicateEvidence",
    "IssuingDisputeEvidence",
    "IssuingDisputeFraudulentEvidence",
    "IssuingDisputeMerchandiseNotAsDescribedEvidence",
    "IssuingDisputeNotReceivedEvidence",
    "IssuingDisputeOtherEvidence",
    "IssuingDisputeServiceNotAsDescribedEvidence",
    "IssuingDisputeTreasury",
    "IssuingTransaction",
    "IssuingTransactionAmountDetails",
    "IssuingTransactionFlightData",
    "IssuingTransactionFlightDataLeg",
    "IssuingTransactionFuelData",
    "IssuingTransactionLodgingData",
    "IssuingTransactionPurchaseDetails",
    "IssuingTransactionReceiptData",
    "IssuingTransactionTreasury",
    "Item",
    "LegalEntityCompany",
    "LegalEntityCompanyVerification",
    "LegalEntityCompanyVerificationDocument",
    "LegalEntityDob",
    "LegalEntityJapanAddress",
    "LegalEntityPersonVerification",
    "LegalEntityPersonVerificationDocument",
    "LegalEntityUboDeclaration",
    "LineItem",
    "LineItemsDiscountAmount",
    "LineItemsTaxAmount",
    "LinkedAccountOptionsUsBankAccount",
    "Mandate",
    "MandateAcssDebit",
    "MandateAuBecsDebit",
    "MandateBacsDebit",
    "MandateCashapp",
    "MandateLink",
    "MandateMultiUse",
    "MandatePaymentMethodDetails",
    "MandatePaypal",
    "MandateSepaDebit",
    "MandateSingleUse",
    "MandateUsBankAccount",
    "Networks",
    "OfflineAcceptance",
    "OnlineAcceptance",
    "PackageDimensions",
    "PaymentFlowsAmountDetails",
    "PaymentFlowsAmountDetailsResourceTip",
    "PaymentFlowsAutomaticPaymentMethodsPaymentIntent",
    "PaymentFlowsAutomaticPaymentMethodsSetupIntent",
    "PaymentFlowsInstallmentOptions",
    "PaymentFlowsPrivatePaymentMethodsAlipay",
    "PaymentFlowsPrivatePaymentMethodsAlipayDetails",
    "PaymentFlowsPrivatePaymentMethodsKlarnaDob",
    "PaymentIntent",
    "PaymentIntentCardProcessing",
    "PaymentIntentNextAction",
    "PaymentIntentNextActionAlipayHandleRedirect",
    "PaymentIntentNextActionBoleto",
    "PaymentIntentNextActionCardAwaitNotification",
    "PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode",
    "PaymentIntentNextActionCashappQrCode",
    "PaymentIntentNextActionDisplayBankTransferInstructions",
    "PaymentIntentNextActionDisplayOxxoDetails",
    "PaymentIntentNextActionKonbini",
    "PaymentIntentNextActionKonbiniFamilymart",
    "PaymentIntentNextActionKonbiniLawson",
    "PaymentIntentNextActionKonbiniMinistop",
    "PaymentIntentNextActionKonbiniSeicomart",
    "PaymentIntentNextActionKonbiniStores",
    "PaymentIntentNextActionPaynowDisplayQrCode",
    "PaymentIntentNextActionPixDisplayQrCode",
    "PaymentIntentNextActionPromptpayDisplayQrCode",
    "PaymentIntentNextActionRedirectToUrl",
    "PaymentIntentNextActionVerifyWithMicrodeposits",
    "PaymentIntentNextActionWechatPayDisplayQrCode",
    "PaymentIntentNextActionWechatPayRedirectToAndroidApp",
    "PaymentIntentNextActionWechatPayRedirectToIosApp",
    "PaymentIntentPaymentMethodOptions",
    "PaymentIntentPaymentMethodOptionsAcssDebit",
    "PaymentIntentPaymentMethodOptionsAuBecsDebit",
    "PaymentIntentPaymentMethodOptionsBlik",
    "PaymentIntentPaymentMethodOptionsCard",
    "PaymentIntentPaymentMethodOptionsEps",
    "PaymentIntentPaymentMethodOptionsLink",
    "PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit",
    "PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit",
    "PaymentIntentPaymentMethodOptionsSepaDebit",
    "PaymentIntentPaymentMethodOptionsUsBankAccount",
    "PaymentIntentProcessing",
    "PaymentIntentProcessingCustomerNotification",
    "PaymentIntentTypeSpecificPaymentMethodOptionsClient",
    "PaymentMethod",
    "PaymentMethodAcssDebit",
    "PaymentMethodAffirm",
    "PaymentMethodAfterpayClearpay",
    "PaymentMethodAuBecsDebit",
    "PaymentMethodBacsDebit",
    "PaymentMethodBancontact",
    "PaymentMethodBlik",
    "PaymentMethodBoleto",
    "PaymentMethodCard",
    "PaymentMethodCardChecks",
    "PaymentMethodCardGeneratedCard",
    "PaymentMethodCardPresent",
    "PaymentMethodCardPresentNetworks",
    "PaymentMethodCardWallet",
    "PaymentMethodCardWalletAmexExpressCheckout",
    "PaymentMethodCardWalletApplePay",
    "PaymentMethodCardWalletGooglePay",
    "PaymentMethodCardWalletLink",
    "PaymentMethodCardWalletMasterpass",
    "PaymentMethodCardWalletSamsungPay",
    "PaymentMethodCardWalletVisaCheckout",
    "PaymentMethodCashapp",
    "PaymentMethodCustomerBalance",
    "PaymentMethodDetails",
    "PaymentMethodDetailsAchCreditTransfer",
    "PaymentMethodDetailsAchDebit",
    "PaymentMethodDetailsAcssDebit",
    "PaymentMethodDetailsAffirm",
    "PaymentMethodDetailsAfterpayClearpay",
    "PaymentMethodDetailsAuBecsDebit",
    "PaymentMethodDetailsBacsDebit",
    "PaymentMethodDetailsBancontact",
    "PaymentMethodDetailsBlik",
    "PaymentMethodDetailsBoleto",
    "PaymentMethodDetailsCard",
    "PaymentMethodDetailsCardChecks",
    "PaymentMethodDetailsCardInstallments",
    "PaymentMethodDetailsCardInstallmentsPlan",
    "PaymentMethodDetailsCardNetworkToken",
    "PaymentMethodDetailsCardPresent",
    "PaymentMethodDetailsCardPresentReceipt",
    "PaymentMethodDetailsCardWallet",
    "PaymentMethodDetailsCardWalletAmexExpressCheckout",
    "PaymentMethodDetailsCardWalletApplePay",
    "PaymentMethodDetailsCardWalletGooglePay",
    "PaymentMethodDetailsCardWalletLink",
    "PaymentMethodDetailsCardWalletMasterpass",
    "PaymentMethodDetailsCardWalletSamsungPay",
    "PaymentMethodDetailsCardWalletVisaCheckout",
    "PaymentMethodDetailsCashapp",
    "PaymentMethodDetailsCustomerBalance",
    "PaymentMethodDetailsEps",
    "PaymentMethodDetailsFpx",
    "PaymentMethodDetailsGiropay",
    "PaymentMethodDetailsGrabpay",
    "PaymentMethodDetailsIdeal",
    "PaymentMethodDetailsInteracPresent",
    "PaymentMethodDetailsInteracPresentReceipt",
    "PaymentMethodDetailsKlarna",
    "PaymentMethodDetailsKonbini",
    "PaymentMethodDetailsKonbiniStore",
    "PaymentMethodDetailsLink",
    "PaymentMethodDetailsMultibanco",
    "PaymentMethodDetailsOxxo",
    "PaymentMethodDetailsP24",
    "PaymentMethodDetailsPaynow",
    "PaymentMethodDetailsPaypal",
    "PaymentMethodDetailsPix",
    "PaymentMethodDetailsPromptpay",
    "PaymentMethodDetailsSepaDebit",
    "PaymentMethodDetailsSofort",
    "PaymentMethodDetailsStripeAccount",
    "PaymentMethodDetailsUsBankAccount",
    "PaymentMethodDetailsWechat",
    "PaymentMethodDetailsWechatPay",
    "PaymentMethodDetailsZip",
    "PaymentMethodEps",
    "PaymentMethodFpx",
    "PaymentMethodGiropay",
    "PaymentMethodGrabpay",
    "PaymentMethodIdeal",
    "PaymentMethodInteracPresent",
    "PaymentMethodKlarna",
    "PaymentMethodKonbini",
    "PaymentMethodLink",
    "PaymentMethodOptionsAffirm",
    "PaymentMethodOptionsAfterpayClearpay",
    "PaymentMethodOptionsAlipay",
    "PaymentMethodOptionsBacsDebit",
    "PaymentMethodOptionsBancontact",
    "PaymentMethodOptionsBoleto",
    "PaymentMethodOptionsCardInstallments",
    "PaymentMethodOptionsCardMandateOptions",
    "PaymentMethodOptionsCardPresent",
    "PaymentMethodOptionsCashapp",
    "PaymentMethodOptionsCustomerBalance",
    "PaymentMethodOptionsCustomerBalanceBankTransfer",
    "PaymentMethodOptionsCustomerBalanceEuBankAccount",
    "PaymentMethodOptionsFpx",
    "PaymentMethodOptionsGiropay",
    "PaymentMethodOptionsGrabpay",
    "PaymentMethodOptionsIdeal",
    "PaymentMethodOptionsInteracPresent",
    "PaymentMethodOptionsKlarna",
    "PaymentMethodOptionsKonbini",
    "PaymentMethodOptionsOxxo",
    "PaymentMethodOptionsP24",
    "PaymentMethodOptionsPaynow",
    "PaymentMethodOptionsPaypal",
    "PaymentMethodOptionsPix",
    "PaymentMethodOptionsPromptpay",
    "PaymentMethodOptionsSofort",
    "PaymentMethodOptionsWechatPay",
    "PaymentMethodOptionsZip",
    "PaymentMethodOxxo",
    "PaymentMethodP24",
    "PaymentMethodPaynow",
    "PaymentMethodPaypal",
    "PaymentMethodPix",
    "PaymentMethodPromptpay",
    "PaymentMethodSepaDebit",
    "PaymentMethodSofort",
    "PaymentMethodUsBankAccount",
    "PaymentMethodUsBankAccountBlocked",
    "PaymentMethodUsBankAccountStatusDetails",
    "PaymentMethodWechatPay",
    "PaymentMethodZip",
    "Payout",
    "PaypalSellerProtection",
    "Person",
    "PersonFutureRequirements",
    "PersonRelationship",
    "PersonRequirements",
    "PlatformTaxFee",
    "Price",
    "PriceTier",
    "Product",
    "ProductFeature",
    "PromotionCode",
    "PromotionCodeCurrencyOption",
    "PromotionCodesResourceRestrictions",
    "Quote",
    "QuoteLineItems",
    "QuotesResourceAutomaticTax",
    "QuotesResourceComputed",
    "QuotesResourceFromQuote",
    "QuotesResourceRecurring",
    "QuotesResourceStatusTransitions",
    "QuotesResourceSubscriptionDataSubscriptionData",
    "QuotesResourceTotalDetails",
    "QuotesResourceTotalDetailsResourceBreakdown",
    "QuotesResourceTransferData",
    "QuotesResourceUpfront",
    "QuotesResourceUpfrontLineItems",
    "RadarRadarOptions",
    "RadarReviewResourceLocation",
    "RadarReviewResourceSession",
    "Recurring",
    "Refund",
    "RefundNextAction",
    "RefundNextActionDisplayDetails",
    "ReserveTransaction",
    "Review",
    "Rule",
    "SchedulesPhaseAutomaticTax",
    "SepaDebitGeneratedFrom",
    "SetupAttempt",
    "SetupAttemptPaymentMethodDetails",
    "SetupAttemptPaymentMethodDetailsAcssDebit",
    "SetupAttemptPaymentMethodDetailsAuBecsDebit",
    "SetupAttemptPaymentMethodDetailsBacsDebit",
    "SetupAttemptPaymentMethodDetailsBancontact",
    "SetupAttemptPaymentMethodDetailsBoleto",
    "SetupAttemptPaymentMethodDetailsCard",
    "SetupAttemptPaymentMethodDetailsCardPresent",
    "SetupAttemptPaymentMethodDetailsCardWallet",
    "SetupAttemptPaymentMethodDetailsCashapp",
    "SetupAttemptPaymentMethodDetailsIdeal",
    "SetupAttemptPaymentMethodDetailsKlarna",
    "SetupAttemptPaymentMethodDetailsLink",
    "SetupAttemptPaymentMethodDetailsPaypal",
    "SetupAttemptPaymentMethodDetailsSepaDebit",
    "SetupAttemptPaymentMethodDetailsSofort",
    "SetupAttemptPaymentMethodDetailsUsBankAccount",
    "SetupIntent",
    "SetupIntentNextAction",
    "SetupIntentNextActionRedirectToUrl",
    "SetupIntentNextActionVerifyWithMicrodeposits",
    "SetupIntentPaymentMethodOptions",
    "SetupIntentPaymentMethodOptionsAcssDebit",
    "SetupIntentPaymentMethodOptionsCard",
    "SetupIntentPaymentMethodOptionsCardMandateOptions",
    "SetupIntentPaymentMethodOptionsLink",
    "SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit",
    "SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit",
    "SetupIntentPaymentMethodOptionsPaypal",
    "SetupIntentPaymentMethodOptionsSepaDebit",
    "SetupIntentPaymentMethodOptionsUsBankAccount",
    "SetupIntentTypeSpecificPaymentMethodOptionsClient",
    "Shipping",
    "ShippingRate",
    "ShippingRateCurrencyOption",
    "ShippingRateDeliveryEstimate",
    "ShippingRateDeliveryEstimateBound",
    "ShippingRateFixedAmount",
    "Source",
    "SourceCodeVerificationFlow",
    "SourceOrder",
    "SourceOrderItem",
    "SourceOwner",
    "SourceReceiverFlow",
    "SourceRedirectFlow",
    "SourceTypeAchCreditTransfer",
    "SourceTypeAchDebit",
    "SourceTypeAcssDebit",
    "SourceTypeAlipay",
    "SourceTypeAuBecsDebit",
    "SourceTypeBancontact",
    "SourceTypeCard",
    "SourceTypeCardPresent",
    "SourceTypeEps",
    "SourceTypeGiropay",
    "SourceTypeIdeal",
    "SourceTypeKlarna",
    "SourceTypeMultibanco",
    "SourceTypeP24",
    "SourceTypeSepaDebit",
    "SourceTypeSofort",
    "SourceTypeThreeDSecure",
    "SourceTypeWechat",
    "Subscription",
    "SubscriptionAutomaticTax",
    "SubscriptionBillingThresholds",
    "SubscriptionDetailsData",
    "SubscriptionItem",
    "SubscriptionItemBillingThresholds",
    "SubscriptionItems",
    "SubscriptionPaymentMethodOptionsCard",
    "SubscriptionPendingInvoiceItemInterval",
    "SubscriptionSchedule",
    "SubscriptionScheduleAddInvoiceItem",
    "SubscriptionScheduleConfigurationItem",
    "SubscriptionScheduleCurrentPhase",
    "SubscriptionSchedulePhaseConfiguration",
    "SubscriptionSchedulesResourceDefaultSettings",
    "SubscriptionSchedulesResourceDefaultSettingsAutomaticTax",
    "SubscriptionTransferData",
    "SubscriptionsResourcePauseCollection",
    "SubscriptionsResourcePaymentMethodOptions",
    "SubscriptionsResourcePaymentSettings",
    "SubscriptionsResourcePendingUpdate",
    "SubscriptionsTrialsResourceEndBehavior",
    "SubscriptionsTrialsResourceTrialSettings",
    "TaxCode",
    "TaxDeductedAtSource",
    "TaxId",
    "TaxIdVerification",
    "TaxRate",
    "TestHelpersTestClock",
    "ThreeDSecureDetails",
    "ThreeDSecureDetailsCharge",
    "ThreeDSecureUsage",
    "Topup",
    "Transfer",
    "TransferData",
    "TransferReversal",
    "TransferReversals",
    "TransferSchedule",
    "TransformQuantity",
    "UsBankAccountNetworks",
]


class Account(TypedDict):
    """The `account` object.

    This is an object representing a Stripe account. You can retrieve it to see
    properties on the account like its current requirements or if the account is
    enabled to make live charges or receive payouts.

    For Custom accounts, the properties below are always returned. For other
    accounts, some properties are returned until that account has started to go
    through Connect Onboarding. Once you create an [Account
    Link](https://stripe.com/docs/api/account_links) for a Standard or Express
    account, some parameters are no longer returned. These are marked as **Custom
    Only** or **Custom and Express** below. Learn about the differences [between
    accounts](https://stripe.com/docs/connect/accounts).
    """

    business_profile: NotRequired[AccountBusinessProfile | None]
    """Business information about the account."""

    business_type: NotRequired[
        Literal["company", "government_entity", "individual", "non_profit"] | None
    ]
    """The business type."""

    capabilities: NotRequired[AccountCapabilities]
    charges_enabled: NotRequired[bool]
    """Whether the account can create live charges."""

    company: NotRequired[LegalEntityCompany]
    controller: NotRequired[AccountUnificationAccountController]
    country: NotRequired[str]
    """The account's country."""

    created: NotRequired[int]
    """Time at which the account was connected. Measured in seconds since the Unix
    epoch.
    """

    default_currency: NotRequired[str]
    """Three-letter ISO currency code representing the default currency for the account.
    This must be a currency that [Stripe supports in the account's
    country](https://stripe.com/docs/payouts).
    """

    details_submitted: NotRequired[bool]
    """Whether account details have been submitted. Standard accounts cannot receive
    payouts before this is true.
    """

    email: NotRequired[str | None]
    """An email address associated with the account. It's not used for authentication
    and Stripe doesn't market to this field without explicit approval from the
    platform.
    """

    external_accounts: NotRequired[AccountExternalAccounts]
    """External accounts (bank accounts and debit cards) currently attached to this
    account
    """

    future_requirements: NotRequired[AccountFutureRequirements]
    id: str
    """Unique identifier for the object."""

    individual: NotRequired[Person]
    metadata: NotRequired[dict[str, str]]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["account"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    payouts_enabled: NotRequired[bool]
    """Whether Stripe can send payouts to this account."""

    requirements: NotRequired[AccountRequirements]
    settings: NotRequired[AccountSettings | None]
    """Options for customizing how the account functions within Stripe."""

    tos_acceptance: NotRequired[AccountTosAcceptance]
    type: NotRequired[Literal["custom", "express", "standard"]]
    """The Stripe account type. Can be `standard`, `express`, or `custom`."""


class AccountBacsDebitPaymentsSettings(TypedDict):
    """The `account_bacs_debit_payments_settings` object."""

    display_name: NotRequired[str]
    """The Bacs Direct Debit Display Name for this account. For payments made with Bacs
    Direct Debit, this will appear on the mandate, and as the statement descriptor.
    """


class AccountBrandingSettings(TypedDict):
    """The `account_branding_settings` object."""

    icon: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) An icon for
    the account. Must be square and at least 128px x 128px.
    """

    logo: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) A logo for
    the account that will be used in Checkout instead of the icon and without the
    account's name next to it if provided. Must be at least 128px x 128px.
    """

    primary_color: NotRequired[str | None]
    """A CSS hex color value representing the primary branding color for this account"""

    secondary_color: NotRequired[str | None]
    """A CSS hex color value representing the secondary branding color for this account
    """


class AccountBusinessProfile(TypedDict):
    """The `account_business_profile` object."""

    mcc: NotRequired[str | None]
    """[The merchant category code for the
    account](https://stripe.com/docs/connect/setting-mcc). MCCs are used to classify
    businesses based on the goods or services they provide.
    """

    monthly_estimated_revenue: NotRequired[AccountMonthlyEstimatedRevenue]
    name: NotRequired[str | None]
    """The customer-facing business name."""

    product_description: NotRequired[str | None]
    """Internal-only description of the product sold or service provided by the
    business. It's used by Stripe for risk and underwriting purposes.
    """

    support_address: NotRequired[Address | None]
    """A publicly available mailing address for sending support issues to."""

    support_email: NotRequired[str | None]
    """A publicly available email address for sending support issues to."""

    support_phone: NotRequired[str | None]
    """A publicly available phone number to call with support issues."""

    support_url: NotRequired[str | None]
    """A publicly available website for handling support issues."""

    url: NotRequired[str | None]
    """The business's publicly available website."""


class AccountCapabilities(TypedDict):
    """The `account_capabilities` object."""

    acss_debit_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the Canadian pre-authorized debits payments capability of the
    account, or whether the account can directly process Canadian pre-authorized
    debits charges.
    """

    affirm_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the Affirm capability of the account, or whether the account can
    directly process Affirm charges.
    """

    afterpay_clearpay_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the Afterpay Clearpay capability of the account, or whether the
    account can directly process Afterpay Clearpay charges.
    """

    au_becs_debit_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the BECS Direct Debit (AU) payments capability of the account, or
    whether the account can directly process BECS Direct Debit (AU) charges.
    """

    bacs_debit_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the Bacs Direct Debits payments capability of the account, or
    whether the account can directly process Bacs Direct Debits charges.
    """

    bancontact_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the Bancontact payments capability of the account, or whether the
    account can directly process Bancontact charges.
    """

    bank_transfer_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the customer_balance payments capability of the account, or whether
    the account can directly process customer_balance charges.
    """

    blik_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the blik payments capability of the account, or whether the account
    can directly process blik charges.
    """

    boleto_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the boleto payments capability of the account, or whether the
    account can directly process boleto charges.
    """

    card_issuing: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the card issuing capability of the account, or whether you can use
    Issuing to distribute funds on cards
    """

    card_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the card payments capability of the account, or whether the account
    can directly process credit and debit card charges.
    """

    cartes_bancaires_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the Cartes Bancaires payments capability of the account, or whether
    the account can directly process Cartes Bancaires card charges in EUR currency.
    """

    cashapp_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the Cash App Pay capability of the account, or whether the account
    can directly process Cash App Pay payments.
    """

    eps_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the EPS payments capability of the account, or whether the account
    can directly process EPS charges.
    """

    fpx_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the FPX payments capability of the account, or whether the account
    can directly process FPX charges.
    """

    giropay_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the giropay payments capability of the account, or whether the
    account can directly process giropay charges.
    """

    grabpay_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the GrabPay payments capability of the account, or whether the
    account can directly process GrabPay charges.
    """

    ideal_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the iDEAL payments capability of the account, or whether the
    account can directly process iDEAL charges.
    """

    india_international_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the india_international_payments capability of the account, or
    whether the account can process international charges (non INR) in India.
    """

    jcb_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the JCB payments capability of the account, or whether the account
    (Japan only) can directly process JCB credit card charges in JPY currency.
    """

    klarna_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the Klarna payments capability of the account, or whether the
    account can directly process Klarna charges.
    """

    konbini_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the konbini payments capability of the account, or whether the
    account can directly process konbini charges.
    """

    legacy_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the legacy payments capability of the account."""

    link_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the link_payments capability of the account, or whether the account
    can directly process Link charges.
    """

    oxxo_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the OXXO payments capability of the account, or whether the account
    can directly process OXXO charges.
    """

    p24_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the P24 payments capability of the account, or whether the account
    can directly process P24 charges.
    """

    paynow_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the paynow payments capability of the account, or whether the
    account can directly process paynow charges.
    """

    promptpay_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the promptpay payments capability of the account, or whether the
    account can directly process promptpay charges.
    """

    sepa_debit_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the SEPA Direct Debits payments capability of the account, or
    whether the account can directly process SEPA Direct Debits charges.
    """

    sofort_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the Sofort payments capability of the account, or whether the
    account can directly process Sofort charges.
    """

    tax_reporting_us_1099_k: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the tax reporting 1099-K (US) capability of the account."""

    tax_reporting_us_1099_misc: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the tax reporting 1099-MISC (US) capability of the account."""

    transfers: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the transfers capability of the account, or whether your platform
    can transfer funds to the account.
    """

    treasury: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the banking capability, or whether the account can have bank
    accounts.
    """

    us_bank_account_ach_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the US bank account ACH payments capability of the account, or
    whether the account can directly process US bank account charges.
    """

    zip_payments: NotRequired[Literal["active", "inactive", "pending"]]
    """The status of the Zip capability of the account, or whether the account can
    directly process Zip charges.
    """


class AccountCardIssuingSettings(TypedDict):
    """The `account_card_issuing_settings` object."""

    tos_acceptance: NotRequired[CardIssuingAccountTermsOfService]


class AccountCardPaymentsSettings(TypedDict):
    """The `account_card_payments_settings` object."""

    decline_on: NotRequired[AccountDeclineChargeOn]
    statement_descriptor_prefix: NotRequired[str | None]
    """The default text that appears on credit card statements when a charge is made.
    This field prefixes any dynamic `statement_descriptor` specified on the charge.
    `statement_descriptor_prefix` is useful for maximizing descriptor space for the
    dynamic portion.
    """

    statement_descriptor_prefix_kana: NotRequired[str | None]
    """The Kana variation of the default text that appears on credit card statements
    when a charge is made (Japan only). This field prefixes any dynamic
    `statement_descriptor_suffix_kana` specified on the charge.
    `statement_descriptor_prefix_kana` is useful for maximizing descriptor space for
    the dynamic portion.
    """

    statement_descriptor_prefix_kanji: NotRequired[str | None]
    """The Kanji variation of the default text that appears on credit card statements
    when a charge is made (Japan only). This field prefixes any dynamic
    `statement_descriptor_suffix_kanji` specified on the charge.
    `statement_descriptor_prefix_kanji` is useful for maximizing descriptor space for
    the dynamic portion.
    """


class AccountDashboardSettings(TypedDict):
    """The `account_dashboard_settings` object."""

    display_name: NotRequired[str | None]
    """The display name for this account. This is used on the Stripe Dashboard to
    differentiate between accounts.
    """

    timezone: NotRequired[str | None]
    """The timezone used in the Stripe Dashboard for this account. A list of possible
    time zone values is maintained at the [IANA Time Zone
    Database](http://www.iana.org/time-zones).
    """


class AccountDeclineChargeOn(TypedDict):
    """The `account_decline_charge_on` object."""

    avs_failure: bool
    """Whether Stripe automatically declines charges with an incorrect ZIP or postal
    code. This setting only applies when a ZIP or postal code is provided and they
    fail bank verification.
    """

    cvc_failure: bool
    """Whether Stripe automatically declines charges with an incorrect CVC. This setting
    only applies when a CVC is provided and it fails bank verification.
    """


class AccountExternalAccounts(TypedDict):
    """The `account.external_accounts` object.

    External accounts (bank accounts and debit cards) currently attached to this
    account
    """

    data: list[BankAccount | Card]
    """The list contains all external accounts that have been attached to the Stripe
    account. These may be bank accounts or cards.
    """

    has_more: bool
    """True if this list has another page of items after this one that can be fetched.
    """

    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same
    value. Always has the value `list`.
    """

    url: str
    """The URL where this list can be accessed."""


class AccountFutureRequirements(TypedDict):
    """The `account_future_requirements` object."""

    alternatives: NotRequired[list[AccountRequirementsAlternative] | None]
    """Fields that are due and can be satisfied by providing the corresponding
    alternative fields instead.
    """

    current_deadline: NotRequired[int | None]
    """Date on which `future_requirements` merges with the main `requirements` hash and
    `future_requirements` becomes empty. After the transition, `currently_due`
    requirements may immediately become `past_due`, but the account may also be given
    a grace period depending on its enablement state prior to transitioning.
    """

    currently_due: NotRequired[list[str] | None]
    """Fields that need to be collected to keep the account enabled. If not collected by
    `future_requirements[current_deadline]`, these fields will transition to the main
    `requirements` hash.
    """

    disabled_reason: NotRequired[str | None]
    """This is typed as a string for consistency with `requirements.disabled_reason`,
    but it safe to assume `future_requirements.disabled_reason` is empty because
    fields in `future_requirements` will never disable the account.
    """

    errors: NotRequired[list[AccountRequirementsError] | None]
    """Fields that are `currently_due` and need to be collected again because validation
    or verification failed.
    """

    eventually_due: NotRequired[list[str] | None]
    """Fields that need to be collected assuming all volume thresholds are reached. As
    they become required, they appear in `currently_due` as well.
    """

    past_due: NotRequired[list[str] | None]
    """Fields that weren't collected by `requirements.current_deadline`. These fields
    need to be collected to enable the capability on the account. New fields will
    never appear here; `future_requirements.past_due` will always be a subset of
    `requirements.past_due`.
    """

    pending_verification: NotRequired[list[str] | None]
    """Fields that may become required depending on the results of verification or
    review. Will be an empty array unless an asynchronous verification is pending. If
    verification fails, these fields move to `eventually_due` or `currently_due`.
    """


class AccountMonthlyEstimatedRevenue(TypedDict):
    """The `account_monthly_estimated_revenue` object."""

    amount: int
    """A non-negative integer representing how much to charge in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """


class AccountPaymentsSettings(TypedDict):
    """The `account_payments_settings` object."""

    statement_descriptor: NotRequired[str | None]
    """The default text that appears on credit card statements when a charge is made.
    This field prefixes any dynamic `statement_descriptor` specified on the charge.
    """

    statement_descriptor_kana: NotRequired[str | None]
    """The Kana variation of the default text that appears on credit card statements
    when a charge is made (Japan only)
    """

    statement_descriptor_kanji: NotRequired[str | None]
    """The Kanji variation of the default text that appears on credit card statements
    when a charge is made (Japan only)
    """

    statement_descriptor_prefix_kana: NotRequired[str | None]
    """The Kana variation of the default text that appears on credit card statements
    when a charge is made (Japan only). This field prefixes any dynamic
    `statement_descriptor_suffix_kana` specified on the charge.
    `statement_descriptor_prefix_kana` is useful for maximizing descriptor space for
    the dynamic portion.
    """

    statement_descriptor_prefix_kanji: NotRequired[str | None]
    """The Kanji variation of the default text that appears on credit card statements
    when a charge is made (Japan only). This field prefixes any dynamic
    `statement_descriptor_suffix_kanji` specified on the charge.
    `statement_descriptor_prefix_kanji` is useful for maximizing descriptor space for
    the dynamic portion.
    """


class AccountPayoutSettings(TypedDict):
    """The `account_payout_settings` object."""

    debit_negative_balances: bool
    """A Boolean indicating if Stripe should try to reclaim negative balances from an
    attached bank account. See our [Understanding Connect Account
    Balances](https://stripe.com/docs/connect/account-balances) documentation for
    details. Default value is `false` for Custom accounts, otherwise `true`.
    """

    schedule: TransferSchedule
    statement_descriptor: NotRequired[str | None]
    """The text that appears on the bank account statement for payouts. If not set, this
    defaults to the platform's bank descriptor as set in the Dashboard.
    """


class AccountRequirements(TypedDict):
    """The `account_requirements` object."""

    alternatives: NotRequired[list[AccountRequirementsAlternative] | None]
    """Fields that are due and can be satisfied by providing the corresponding
    alternative fields instead.
    """

    current_deadline: NotRequired[int | None]
    """Date by which the fields in `currently_due` must be collected to keep the account
    enabled. These fields may disable the account sooner if the next threshold is
    reached before they are collected.
    """

    currently_due: NotRequired[list[str] | None]
    """Fields that need to be collected to keep the account enabled. If not collected by
    `current_deadline`, these fields appear in `past_due` as well, and the account is
    disabled.
    """

    disabled_reason: NotRequired[str | None]
    """If the account is disabled, this string describes why. Can be
    `requirements.past_due`, `requirements.pending_verification`, `listed`,
    `platform_paused`, `rejected.fraud`, `rejected.listed`,
    `rejected.terms_of_service`, `rejected.other`, `under_review`, or `other`.
    """

    errors: NotRequired[list[AccountRequirementsError] | None]
    """Fields that are `currently_due` and need to be collected again because validation
    or verification failed.
    """

    eventually_due: NotRequired[list[str] | None]
    """Fields that need to be collected assuming all volume thresholds are reached. As
    they become required, they appear in `currently_due` as well, and
    `current_deadline` becomes set.
    """

    past_due: NotRequired[list[str] | None]
    """Fields that weren't collected by `current_deadline`. These fields need to be
    collected to enable the account.
    """

    pending_verification: NotRequired[list[str] | None]
    """Fields that may become required depending on the results of verification or
    review. Will be an empty array unless an asynchronous verification is pending. If
    verification fails, these fields move to `eventually_due`, `currently_due`, or
    `past_due`.
    """


class AccountRequirementsAlternative(TypedDict):
    """The `account_requirements_alternative` object."""

    alternative_fields_due: list[str]
    """Fields that can be provided to satisfy all fields in `original_fields_due`."""

    original_fields_due: list[str]
    """Fields that are due and can be satisfied by providing all fields in
    `alternative_fields_due`.
    """


class AccountRequirementsError(TypedDict):
    """The `account_requirements_error` object."""

    code: Literal[
        "invalid_address_city_state_postal_code",
        "invalid_dob_age_under_18",
        "invalid_representative_country",
        "invalid_street_address",
        "invalid_tos_acceptance",
        "invalid_value_other",
        "verification_directors_mismatch",
        "verification_document_address_mismatch",
        "verification_document_address_missing",
        "verification_document_corrupt",
        "verification_document_country_not_supported",
        "verification_document_directors_mismatch",
        "verification_document_dob_mismatch",
        "verification_document_duplicate_type",
        "verification_document_expired",
        "verification_document_failed_copy",
        "verification_document_failed_greyscale",
        "verification_document_failed_other",
        "verification_document_failed_test_mode",
        "verification_document_fraudulent",
        "verification_document_id_number_mismatch",
        "verification_document_id_number_missing",
        "verification_document_incomplete",
        "verification_document_invalid",
        "verification_document_issue_or_expiry_date_missing",
        "verification_document_manipulated",
        "verification_document_missing_back",
        "verification_document_missing_front",
        "verification_document_name_mismatch",
        "verification_document_name_missing",
        "verification_document_nationality_mismatch",
        "verification_document_not_readable",
        "verification_document_not_signed",
        "verification_document_not_uploaded",
        "verification_document_photo_mismatch",
        "verification_document_too_large",
        "verification_document_type_not_supported",
        "verification_extraneous_directors",
        "verification_failed_address_match",
        "verification_failed_business_iec_number",
        "verification_failed_document_match",
        "verification_failed_id_number_match",
        "verification_failed_keyed_identity",
        "verification_failed_keyed_match",
        "verification_failed_name_match",
        "verification_failed_other",
        "verification_failed_residential_address",
        "verification_failed_tax_id_match",
        "verification_failed_tax_id_not_issued",
        "verification_missing_directors",
        "verification_missing_executives",
        "verification_missing_owners",
        "verification_requires_additional_memorandum_of_associations",
    ]
    """The code for the type of error."""

    reason: str
    """An informative message that indicates the error type and provides additional
    details about the error.
    """

    requirement: str
    """The specific user onboarding requirement field (in the requirements hash) that
    needs to be resolved.
    """


class AccountSepaDebitPaymentsSettings(TypedDict):
    """The `account_sepa_debit_payments_settings` object."""

    creditor_id: NotRequired[str]
    """SEPA creditor identifier that identifies the company making the payment."""


class AccountSettings(TypedDict):
    """The `account_settings` object."""

    bacs_debit_payments: NotRequired[AccountBacsDebitPaymentsSettings]
    branding: AccountBrandingSettings
    card_issuing: NotRequired[AccountCardIssuingSettings]
    card_payments: AccountCardPaymentsSettings
    dashboard: AccountDashboardSettings
    payments: AccountPaymentsSettings
    payouts: NotRequired[AccountPayoutSettings]
    sepa_debit_payments: NotRequired[AccountSepaDebitPaymentsSettings]
    treasury: NotRequired[AccountTreasurySettings]


class AccountTermsOfService(TypedDict):
    """The `account_terms_of_service` object."""

    date: NotRequired[int | None]
    """The Unix timestamp marking when the account representative accepted the service
    agreement.
    """

    ip: NotRequired[str | None]
    """The IP address from which the account representative accepted the service
    agreement.
    """

    user_agent: NotRequired[str]
    """The user agent of the browser from which the account representative accepted the
    service agreement.
    """


class AccountTosAcceptance(TypedDict):
    """The `account_tos_acceptance` object."""

    date: NotRequired[int | None]
    """The Unix timestamp marking when the account representative accepted their service
    agreement
    """

    ip: NotRequired[str | None]
    """The IP address from which the account representative accepted their service
    agreement
    """

    service_agreement: NotRequired[str]
    """The user's service agreement type"""

    user_agent: NotRequired[str | None]
    """The user agent of the browser from which the account representative accepted
    their service agreement
    """


class AccountTreasurySettings(TypedDict):
    """The `account_treasury_settings` object."""

    tos_acceptance: NotRequired[AccountTermsOfService]


class AccountUnificationAccountController(TypedDict):
    """The `account_unification_account_controller` object."""

    is_controller: NotRequired[bool]
    """`true` if the Connect application retrieving the resource controls the account
    and can therefore exercise [platform
    controls](https://stripe.com/docs/connect/platform-controls-for-standard-accounts).
    Otherwise, this field is null.
    """

    type: Literal["account", "application"]
    """The controller type. Can be `application`, if a Connect application controls the
    account, or `account`, if the account controls itself.
    """


class Address(TypedDict):
    """The `address` object."""

    city: NotRequired[str | None]
    """City, district, suburb, town, or village."""

    country: NotRequired[str | None]
    """Two-letter country code ([ISO 3166-1
    alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
    """

    line1: NotRequired[str | None]
    """Address line 1 (e.g., street, PO Box, or company name)."""

    line2: NotRequired[str | None]
    """Address line 2 (e.g., apartment, suite, unit, or building)."""

    postal_code: NotRequired[str | None]
    """ZIP or postal code."""

    state: NotRequired[str | None]
    """State, county, province, or region."""


class ApiErrors(TypedDict):
    """The `api_errors` object."""

    charge: NotRequired[str]
    """For card errors, the ID of the failed charge."""

    code: NotRequired[str]
    """For some errors that could be handled programmatically, a short string indicating
    the [error code](https://stripe.com/docs/error-codes) reported.
    """

    decline_code: NotRequired[str]
    """For card errors resulting from a card issuer decline, a short string indicating
    the [card issuer's reason for the
    decline](https://stripe.com/docs/declines#issuer-declines) if they provide one.
    """

    doc_url: NotRequired[str]
    """A URL to more information about the [error
    code](https://stripe.com/docs/error-codes) reported.
    """

    message: NotRequired[str]
    """A human-readable message providing more details about the error. For card errors,
    these messages can be shown to your users.
    """

    param: NotRequired[str]
    """If the error is parameter-specific, the parameter related to the error. For
    example, you can use this to display a message near the correct form field.
    """

    payment_intent: NotRequired[PaymentIntent]
    payment_method: NotRequired[PaymentMethod]
    payment_method_type: NotRequired[str]
    """If the error is specific to the type of payment method, the payment method type
    that had a problem. This field is only populated for invoice-related errors.
    """

    request_log_url: NotRequired[str]
    """A URL to the request log entry in your dashboard."""

    setup_intent: NotRequired[SetupIntent]
    source: NotRequired[BankAccount | Card | Source]
    """The source object for errors returned on a request involving a source."""

    type: Literal[
        "api_error", "card_error", "idempotency_error", "invalid_request_error"
    ]
    """The type of error returned. One of `api_error`, `card_error`,
    `idempotency_error`, or `invalid_request_error`
    """


class Application(TypedDict):
    """The `application` object."""

    id: str
    """Unique identifier for the object."""

    name: NotRequired[str | None]
    """The name of the application."""

    object: Literal["application"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class ApplicationFee(TypedDict):
    """The `application_fee` object."""

    account: str | Account
    """ID of the Stripe account this fee was taken from."""

    amount: int
    """Amount earned, in cents (or local equivalent)."""

    amount_refunded: int
    """Amount in cents (or local equivalent) refunded (can be less than the amount
    attribute on the fee if a partial refund was issued)
    """

    application: str | Application
    """ID of the Connect application that earned the fee."""

    balance_transaction: NotRequired[str | BalanceTransaction | None]
    """Balance transaction that describes the impact of this collected application fee
    on your account balance (not including refunds).
    """

    charge: str | Charge
    """ID of the charge that the application fee was taken from."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    object: Literal["application_fee"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    originating_transaction: NotRequired[str | Charge | None]
    """ID of the corresponding charge on the platform account, if this fee was the
    result of a charge using the `destination` parameter.
    """

    refunded: bool
    """Whether the fee has been fully refunded. If the fee is only partially refunded,
    this attribute will still be false.
    """

    refunds: ApplicationFeeRefunds
    """A list of refunds that have been applied to the fee."""


class ApplicationFeeRefunds(TypedDict):
    """The `application_fee.refunds` object.

    A list of refunds that have been applied to the fee.
    """

    data: list[FeeRefund]
    """Details about each object."""

    has_more: bool
    """True if this list has another page of items after this one that can be fetched.
    """

    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same
    value. Always has the value `list`.
    """

    url: str
    """The URL where this list can be accessed."""


class AutomaticTax(TypedDict):
    """The `automatic_tax` object."""

    enabled: bool
    """Whether Stripe automatically computes tax on this invoice. Note that incompatible
    invoice items (invoice items with manually specified [tax
    rates](https://stripe.com/docs/api/tax_rates), negative amounts, or
    `tax_behavior=unspecified`) cannot be added to automatic tax invoices.
    """

    status: NotRequired[
        Literal["complete", "failed", "requires_location_inputs"] | None
    ]
    """The status of the most recent automated tax calculation for this invoice."""


class BalanceTransaction(TypedDict):
    """The `balance_transaction` object.

    Balance transactions represent funds moving through your Stripe account. They're
    created for every type of transaction that comes into or flows out of your Stripe
    account balance.

    Related guide: [Balance transaction
    types](https://stripe.com/docs/reports/balance-transaction-types)
    """

    amount: int
    """Gross amount of the transaction, in cents (or local equivalent)."""

    available_on: int
    """The date the transaction's net funds will become available in the Stripe balance.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    """

    exchange_rate: NotRequired[float | None]
    """The exchange rate used, if applicable, for this transaction. Specifically, if
    money was converted from currency A to currency B, then the `amount` in currency
    A, times `exchange_rate`, would be the `amount` in currency B. For example,
    suppose you charged a customer 10.00 EUR. Then the PaymentIntent's `amount` would
    be `1000` and `currency` would be `eur`. Suppose this was converted into 12.34
    USD in your Stripe account. Then the BalanceTransaction's `amount` would be
    `1234`, `currency` would be `usd`, and `exchange_rate` would be `1.234`.
    """

    fee: int
    """Fees (in cents (or local equivalent)) paid for this transaction."""

    fee_details: list[Fee]
    """Detailed breakdown of fees (in cents (or local equivalent)) paid for this
    transaction.
    """

    id: str
    """Unique identifier for the object."""

    net: int
    """Net amount of the transaction, in cents (or local equivalent)."""

    object: Literal["balance_transaction"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    reporting_category: str
    """[Learn more](https://stripe.com/docs/reports/reporting-categories) about how
    reporting categories can help you understand balance transactions from an
    accounting perspective.
    """

    source: NotRequired[
        str
        | ApplicationFee
        | Charge
        | ConnectCollectionTransfer
        | CustomerCashBalanceTransaction
        | Dispute
        | FeeRefund
        | IssuingAuthorization
        | IssuingDispute
        | IssuingTransaction
        | Payout
        | PlatformTaxFee
        | Refund
        | ReserveTransaction
        | TaxDeductedAtSource
        | Topup
        | Transfer
        | TransferReversal
        | None
    ]
    """The Stripe object to which this transaction is related."""

    status: str
    """If the transaction's net funds are available in the Stripe balance yet. Either
    `available` or `pending`.
    """

    type: Literal[
        "adjustment",
        "advance",
        "advance_funding",
        "anticipation_repayment",
        "application_fee",
        "application_fee_refund",
        "charge",
        "connect_collection_transfer",
        "contribution",
        "issuing_authorization_hold",
        "issuing_authorization_release",
        "issuing_dispute",
        "issuing_transaction",
        "obligation_inbound",
        "obligation_outbound",
        "obligation_payout",
        "obligation_payout_failure",
        "obligation_reversal_inbound",
        "obligation_reversal_outbound",
        "payment",
        "payment_failure_refund",
        "payment_refund",
        "payment_reversal",
        "payout",
        "payout_cancel",
        "payout_failure",
        "refund",
        "refund_failure",
        "reserve_transaction",
        "reserved_funds",
        "stripe_fee",
        "stripe_fx_fee",
        "tax_fee",
        "topup",
        "topup_reversal",
        "transfer",
        "transfer_cancel",
        "transfer_failure",
        "transfer_refund",
    ]
    """Transaction type: `adjustment`, `advance`, `advance_funding`,
    `anticipation_repayment`, `application_fee`, `application_fee_refund`, `charge`,
    `connect_collection_transfer`, `contribution`, `issuing_authorization_hold`,
    `issuing_authorization_release`, `issuing_dispute`, `issuing_transaction`,
    `obligation_inbound`, `obligation_outbound`, `obligation_reversal_inbound`,
    `obligation_reversal_outbound`, `obligation_payout`, `obligation_payout_failure`,
    `payment`, `payment_failure_refund`, `payment_refund`, `payment_reversal`,
    `payout`, `payout_cancel`, `payout_failure`, `refund`, `refund_failure`,
    `reserve_transaction`, `reserved_funds`, `stripe_fee`, `stripe_fx_fee`,
    `tax_fee`, `topup`, `topup_reversal`, `transfer`, `transfer_cancel`,
    `transfer_failure`, or `transfer_refund`. [Learn
    more](https://stripe.com/docs/reports/balance-transaction-types) about balance
    transaction types and what they represent. If you are looking to classify
    transactions for accounting purposes, you might want to consider
    `reporting_category` instead.
    """


class BankAccount(TypedDict):
    """The `bank_account` object.

    These bank accounts are payment methods on `Customer` objects.

    On the other hand [External
    Accounts](https://stripe.com/docs/api#external_accounts) are transfer
    destinations on `Account` objects for [Custom
    accounts](https://stripe.com/docs/connect/custom-accounts). They can be bank
    accounts or debit cards as well, and are documented in the links above.

    Related guide: [Bank debits and
    transfers](https://stripe.com/docs/payments/bank-debits-transfers)
    """

    account: NotRequired[str | Account | None]
    """The ID of the account that the bank account is associated with."""

    account_holder_name: NotRequired[str | None]
    """The name of the person or business that owns the bank account."""

    account_holder_type: NotRequired[str | None]
    """The type of entity that holds the account. This can be either `individual` or
    `company`.
    """

    account_type: NotRequired[str | None]
    """The bank account type. This can only be `checking` or `savings` in most
    countries. In Japan, this can only be `futsu` or `toza`.
    """

    available_payout_methods: NotRequired[list[Literal["instant", "standard"]] | None]
    """A set of available payout methods for this bank account. Only values from this
    set should be passed as the `method` when creating a payout.
    """

    bank_name: NotRequired[str | None]
    """Name of the bank associated with the routing number (e.g., `WELLS FARGO`)."""

    country: str
    """Two-letter ISO code representing the country the bank account is located in."""

    currency: str
    """Three-letter [ISO code for the currency](https://stripe.com/docs/payouts) paid
    out to the bank account.
    """

    customer: NotRequired[str | Customer | DeletedCustomer | None]
    """The ID of the customer that the bank account is associated with."""

    default_for_currency: NotRequired[bool | None]
    """Whether this bank account is the default external account for its currency."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular bank account. You can use this attribute to
    check whether two bank accounts are the same.
    """

    future_requirements: NotRequired[ExternalAccountRequirements | None]
    """Information about the [upcoming new requirements for the bank
    account](https://stripe.com/docs/connect/custom-accounts/future-requirements),
    including what information needs to be collected, and by when.
    """

    id: str
    """Unique identifier for the object."""

    last4: str
    """The last four digits of the bank account number."""

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["bank_account"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    requirements: NotRequired[ExternalAccountRequirements | None]
    """Information about the requirements for the bank account, including what
    information needs to be collected.
    """

    routing_number: NotRequired[str | None]
    """The routing transit number for the bank account."""

    status: str
    """For bank accounts, possible values are `new`, `validated`, `verified`,
    `verification_failed`, or `errored`. A bank account that hasn't had any activity
    or validation performed is `new`. If Stripe can determine that the bank account
    exists, its status will be `validated`. Note that there often isn’t enough
    information to know (e.g., for smaller credit unions), and the validation is not
    always run. If customer bank account verification has succeeded, the bank account
    status will be `verified`. If the verification failed for any reason, such as
    microdeposit failure, the status will be `verification_failed`. If a transfer
    sent to this bank account fails, we'll set the status to `errored` and will not
    continue to send transfers until the bank details are updated.

    For external accounts, possible values are `new`, `errored` and
    `verification_failed`. If a transfer fails, the status is set to `errored` and
    transfers are stopped until account details are updated. In India, if we can't
    [verify the owner of the bank
    account](https://support.stripe.com/questions/bank-account-ownership-verification),
    we'll set the status to `verification_failed`. Other validations aren't run
    against external accounts because they're only used for payouts. This means the
    other statuses don't apply.
    """


class BillingDetails(TypedDict):
    """The `billing_details` object."""

    address: NotRequired[Address | None]
    """Billing address."""

    email: NotRequired[str | None]
    """Email address."""

    name: NotRequired[str | None]
    """Full name."""

    phone: NotRequired[str | None]
    """Billing phone number (including extension)."""


class CancellationDetails(TypedDict):
    """The `cancellation_details` object."""

    comment: NotRequired[str | None]
    """Additional comments about why the user canceled the subscription, if the
    subscription was canceled explicitly by the user.
    """

    feedback: NotRequired[
        Literal[
            "customer_service",
            "low_quality",
            "missing_features",
            "other",
            "switched_service",
            "too_complex",
            "too_expensive",
            "unused",
        ]
        | None
    ]
    """The customer submitted reason for why they canceled, if the subscription was
    canceled explicitly by the user.
    """

    reason: NotRequired[
        Literal["cancellation_requested", "payment_disputed", "payment_failed"] | None
    ]
    """Why this subscription was canceled."""


class Card(TypedDict):
    """The `card` object.

    You can store multiple cards on a customer in order to charge the customer later.
    You can also store multiple debit cards on a recipient in order to transfer to
    those cards later.

    Related guide: [Card payments with
    Sources](https://stripe.com/docs/sources/cards)
    """

    account: NotRequired[str | Account | None]
    """The account this card belongs to. This attribute will not be in the card object
    if the card belongs to a customer or recipient instead.
    """

    address_city: NotRequired[str | None]
    """City/District/Suburb/Town/Village."""

    address_country: NotRequired[str | None]
    """Billing address country, if provided when creating card."""

    address_line1: NotRequired[str | None]
    """Address line 1 (Street address/PO Box/Company name)."""

    address_line1_check: NotRequired[str | None]
    """If `address_line1` was provided, results of the check: `pass`, `fail`,
    `unavailable`, or `unchecked`.
    """

    address_line2: NotRequired[str | None]
    """Address line 2 (Apartment/Suite/Unit/Building)."""

    address_state: NotRequired[str | None]
    """State/County/Province/Region."""

    address_zip: NotRequired[str | None]
    """ZIP or postal code."""

    address_zip_check: NotRequired[str | None]
    """If `address_zip` was provided, results of the check: `pass`, `fail`,
    `unavailable`, or `unchecked`.
    """

    available_payout_methods: NotRequired[list[Literal["instant", "standard"]] | None]
    """A set of available payout methods for this card. Only values from this set should
    be passed as the `method` when creating a payout.
    """

    brand: str
    """Card brand. Can be `American Express`, `Diners Club`, `Discover`, `Eftpos
    Australia`, `JCB`, `MasterCard`, `UnionPay`, `Visa`, or `Unknown`.
    """

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country of the card. You could use this
    attribute to get a sense of the international breakdown of cards you've
    collected.
    """

    currency: NotRequired[str | None]
    """Three-letter [ISO code for currency](https://stripe.com/docs/payouts). Only
    applicable on accounts (not customers or recipients). The card can be used as a
    transfer destination for funds in this currency.
    """

    customer: NotRequired[str | Customer | DeletedCustomer | None]
    """The customer that this card belongs to. This attribute will not be in the card
    object if the card belongs to an account or recipient instead.
    """

    cvc_check: NotRequired[str | None]
    """If a CVC was provided, results of the check: `pass`, `fail`, `unavailable`, or
    `unchecked`. A result of unchecked indicates that CVC was provided but hasn't
    been checked yet. Checks are typically performed when attaching a card to a
    Customer object, or when creating a charge. For more details, see [Check if a
    card is valid without a
    charge](https://support.stripe.com/questions/check-if-a-card-is-valid-without-a-charge).
    """

    default_for_currency: NotRequired[bool | None]
    """Whether this card is the default external account for its currency."""

    dynamic_last4: NotRequired[str | None]
    """(For tokenized numbers only.) The last four digits of the device account number.
    """

    exp_month: int
    """Two-digit number representing the card's expiration month."""

    exp_year: int
    """Four-digit number representing the card's expiration year."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular card number. You can use this attribute to
    check whether two customers who’ve signed up with you are using the same card
    number, for example. For payment methods that tokenize card information (Apple
    Pay, Google Pay), the tokenized number might be provided instead of the
    underlying card number.

    *As of May 1, 2021, card fingerprint in India for Connect changed to allow two
    fingerprints for the same card---one for India and one for the rest of the
    world.*
    """

    funding: str
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""

    id: str
    """Unique identifier for the object."""

    last4: str
    """The last four digits of the card."""

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    name: NotRequired[str | None]
    """Cardholder name."""

    object: Literal["card"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    status: NotRequired[str | None]
    """For external accounts, possible values are `new` and `errored`. If a transfer
    fails, the status is set to `errored` and transfers are stopped until account
    details are updated.
    """

    tokenization_method: NotRequired[str | None]
    """If the card number is tokenized, this is the method that was used. Can be
    `android_pay` (includes Google Pay), `apple_pay`, `masterpass`, `visa_checkout`,
    or null.
    """


class CardGeneratedFromPaymentMethodDetails(TypedDict):
    """The `card_generated_from_payment_method_details` object."""

    card_present: NotRequired[PaymentMethodDetailsCardPresent]
    type: str
    """The type of payment method transaction-specific details from the transaction that
    generated this `card` payment method. Always `card_present`.
    """


class CardIssuingAccountTermsOfService(TypedDict):
    """The `card_issuing_account_terms_of_service` object."""

    date: NotRequired[int | None]
    """The Unix timestamp marking when the account representative accepted the service
    agreement.
    """

    ip: NotRequired[str | None]
    """The IP address from which the account representative accepted the service
    agreement.
    """

    user_agent: NotRequired[str]
    """The user agent of the browser from which the account representative accepted the
    service agreement.
    """


class CardMandatePaymentMethodDetails(TypedDict):
    """The `card_mandate_payment_method_details` object."""


class CashBalance(TypedDict):
    """The `cash_balance` object.

    A customer's `Cash balance` represents real funds. Customers can add funds to
    their cash balance by sending a bank transfer. These funds can be used for
    payment and can eventually be paid out to your bank account.
    """

    available: NotRequired[dict[str, int] | None]
    """A hash of all cash balances available to this customer. You cannot delete a
    customer with any cash balances, even if the balance is 0. Amounts are
    represented in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    customer: str
    """The ID of the customer whose cash balance this object represents."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    object: Literal["cash_balance"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    settings: CustomerBalanceCustomerBalanceSettings


class Charge(TypedDict):
    """The `charge` object.

    The `Charge` object represents a single attempt to move money into your Stripe
    account. PaymentIntent confirmation is the most common way to create Charges, but
    transferring money to a different Stripe account through Connect also creates
    Charges. Some legacy payment flows create Charges directly, which is not
    recommended for new integrations.
    """

    amount: int
    """Amount intended to be collected by this payment. A positive integer representing
    how much to charge in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge
    $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is
    $0.50 US or [equivalent in charge
    currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts).
    The amount value supports up to eight digits (e.g., a value of 99999999 for a USD
    charge of $999,999.99).
    """

    amount_captured: int
    """Amount in cents (or local equivalent) captured (can be less than the amount
    attribute on the charge if a partial capture was made).
    """

    amount_refunded: int
    """Amount in cents (or local equivalent) refunded (can be less than the amount
    attribute on the charge if a partial refund was issued).
    """

    application: NotRequired[str | Application | None]
    """ID of the Connect application that created the charge."""

    application_fee: NotRequired[str | ApplicationFee | None]
    """The application fee (if any) for the charge. [See the Connect
    documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees)
    for details.
    """

    application_fee_amount: NotRequired[int | None]
    """The amount of the application fee (if any) requested for the charge. [See the
    Connect
    documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees)
    for details.
    """

    balance_transaction: NotRequired[str | BalanceTransaction | None]
    """ID of the balance transaction that describes the impact of this charge on your
    account balance (not including refunds or disputes).
    """

    billing_details: BillingDetails
    calculated_statement_descriptor: NotRequired[str | None]
    """The full statement descriptor that is passed to card networks, and that is
    displayed on your customers' credit card and bank statements. Allows you to see
    what the statement descriptor looks like after the static and dynamic portions
    are combined.
    """

    captured: bool
    """If the charge was created without capturing, this Boolean represents whether it
    is still uncaptured or has since been captured.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    customer: NotRequired[str | Customer | DeletedCustomer | None]
    """ID of the customer this charge is for if one exists."""

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    """

    disputed: bool
    """Whether the charge has been disputed."""

    failure_balance_transaction: NotRequired[str | BalanceTransaction | None]
    """ID of the balance transaction that describes the reversal of the balance on your
    account due to payment failure.
    """

    failure_code: NotRequired[str | None]
    """Error code explaining reason for charge failure if available (see [the errors
    section](https://stripe.com/docs/error-codes) for a list of codes).
    """

    failure_message: NotRequired[str | None]
    """Message to user further explaining reason for charge failure if available."""

    fraud_details: NotRequired[ChargeFraudDetails | None]
    """Information on fraud assessments for the charge."""

    id: str
    """Unique identifier for the object."""

    invoice: NotRequired[str | Invoice | None]
    """ID of the invoice this charge is for if one exists."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["charge"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    on_behalf_of: NotRequired[str | Account | None]
    """The account (if any) the charge was made on behalf of without triggering an
    automatic transfer. See the [Connect
    documentation](https://stripe.com/docs/connect/separate-charges-and-transfers)
    for details.
    """

    outcome: NotRequired[ChargeOutcome | None]
    """Details about whether the payment was accepted, and why. See [understanding
    declines](https://stripe.com/docs/declines) for details.
    """

    paid: bool
    """`true` if the charge succeeded, or was successfully authorized for later capture.
    """

    payment_intent: NotRequired[str | PaymentIntent | None]
    """ID of the PaymentIntent associated with this charge, if one exists."""

    payment_method: NotRequired[str | None]
    """ID of the payment method used in this charge."""

    payment_method_details: NotRequired[PaymentMethodDetails | None]
    """Details about the payment method at the time of the transaction."""

    radar_options: NotRequired[RadarRadarOptions]
    receipt_email: NotRequired[str | None]
    """This is the email address that the receipt for this charge was sent to."""

    receipt_number: NotRequired[str | None]
    """This is the transaction number that appears on email receipts sent for this
    charge. This attribute will be `null` until a receipt has been sent.
    """

    receipt_url: NotRequired[str | None]
    """This is the URL to view the receipt for this charge. The receipt is kept
    up-to-date to the latest state of the charge, including any refunds. If the
    charge is for an Invoice, the receipt will be stylized as an Invoice receipt.
    """

    refunded: bool
    """Whether the charge has been fully refunded. If the charge is only partially
    refunded, this attribute will still be false.
    """

    refunds: NotRequired[ChargeRefunds | None]
    """A list of refunds that have been applied to the charge."""

    review: NotRequired[str | Review | None]
    """ID of the review associated with this charge if one exists."""

    shipping: NotRequired[Shipping | None]
    """Shipping information for the charge."""

    source_transfer: NotRequired[str | Transfer | None]
    """The transfer ID which created this charge. Only present if the charge came from
    another Stripe account. [See the Connect
    documentation](https://stripe.com/docs/connect/destination-charges) for details.
    """

    statement_descriptor: NotRequired[str | None]
    """For card charges, use `statement_descriptor_suffix` instead. Otherwise, you can
    use this value as the complete description of a charge on your customers’
    statements. Must contain at least one letter, maximum 22 characters.
    """

    statement_descriptor_suffix: NotRequired[str | None]
    """Provides information about the charge that customers see on their statements.
    Concatenated with the prefix (shortened descriptor) or statement descriptor
    that’s set on the account to form the complete statement descriptor. Maximum 22
    characters for the concatenated descriptor.
    """

    status: Literal["failed", "pending", "succeeded"]
    """The status of the payment is either `succeeded`, `pending`, or `failed`."""

    transfer: NotRequired[str | Transfer]
    """ID of the transfer to the `destination` account (only applicable if the charge
    was created using the `destination` parameter).
    """

    transfer_data: NotRequired[ChargeTransferData | None]
    """An optional dictionary including the account to automatically transfer to as part
    of a destination charge. [See the Connect
    documentation](https://stripe.com/docs/connect/destination-charges) for details.
    """

    transfer_group: NotRequired[str | None]
    """A string that identifies this transaction as part of a group. See the [Connect
    documentation](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options)
    for details.
    """


class ChargeFraudDetails(TypedDict):
    """The `charge_fraud_details` object."""

    stripe_report: NotRequired[str]
    """Assessments from Stripe. If set, the value is `fraudulent`."""

    user_report: NotRequired[str]
    """Assessments reported by you. If set, possible values of are `safe` and
    `fraudulent`.
    """


class ChargeOutcome(TypedDict):
    """The `charge_outcome` object."""

    network_status: NotRequired[str | None]
    """Possible values are `approved_by_network`, `declined_by_network`,
    `not_sent_to_network`, and `reversed_after_approval`. The value
    `reversed_after_approval` indicates the payment was [blocked by
    Stripe](https://stripe.com/docs/declines#blocked-payments) after bank
    authorization, and may temporarily appear as "pending" on a cardholder's
    statement.
    """

    reason: NotRequired[str | None]
    """An enumerated value providing a more detailed explanation of the outcome's
    `type`. Charges blocked by Radar's default block rule have the value
    `highest_risk_level`. Charges placed in review by Radar's default review rule
    have the value `elevated_risk_level`. Charges authorized, blocked, or placed in
    review by custom rules have the value `rule`. See [understanding
    declines](https://stripe.com/docs/declines) for more details.
    """

    risk_level: NotRequired[str]
    """Stripe Radar's evaluation of the riskiness of the payment. Possible values for
    evaluated payments are `normal`, `elevated`, `highest`. For non-card payments,
    and card-based payments predating the public assignment of risk levels, this
    field will have the value `not_assessed`. In the event of an error in the
    evaluation, this field will have the value `unknown`. This field is only
    available with Radar.
    """

    risk_score: NotRequired[int]
    """Stripe Radar's evaluation of the riskiness of the payment. Possible values for
    evaluated payments are between 0 and 100. For non-card payments, card-based
    payments predating the public assignment of risk scores, or in the event of an
    error during evaluation, this field will not be present. This field is only
    available with Radar for Fraud Teams.
    """

    rule: NotRequired[str | Rule]
    """The ID of the Radar rule that matched the payment, if applicable."""

    seller_message: NotRequired[str | None]
    """A human-readable description of the outcome type and reason, designed for you
    (the recipient of the payment), not your customer.
    """

    type: str
    """Possible values are `authorized`, `manual_review`, `issuer_declined`, `blocked`,
    and `invalid`. See [understanding declines](https://stripe.com/docs/declines) and
    [Radar reviews](https://stripe.com/docs/radar/reviews) for details.
    """


class ChargeRefunds(TypedDict):
    """The `charge.refunds` object.

    A list of refunds that have been applied to the charge.
    """

    data: list[Refund]
    """Details about each object."""

    has_more: bool
    """True if this list has another page of items after this one that can be fetched.
    """

    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same
    value. Always has the value `list`.
    """

    url: str
    """The URL where this list can be accessed."""


class ChargeTransferData(TypedDict):
    """The `charge_transfer_data` object."""

    amount: NotRequired[int | None]
    """The amount transferred to the destination account, if specified. By default, the
    entire charge amount is transferred to the destination account.
    """

    destination: str | Account
    """ID of an existing, connected Stripe account to transfer funds to if
    `transfer_data` was specified in the charge request.
    """


class ConnectCollectionTransfer(TypedDict):
    """The `connect_collection_transfer` object."""

    amount: int
    """Amount transferred, in cents (or local equivalent)."""

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    destination: str | Account
    """ID of the account that funds are being collected for."""

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    object: Literal["connect_collection_transfer"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class Coupon(TypedDict):
    """The `coupon` object.

    A coupon contains information about a percent-off or amount-off discount you
    might want to apply to a customer. Coupons may be applied to
    [subscriptions](https://stripe.com/docs/api#subscriptions),
    [invoices](https://stripe.com/docs/api#invoices), [checkout
    sessions](https://stripe.com/docs/api/checkout/sessions),
    [quotes](https://stripe.com/docs/api#quotes), and more. Coupons do not work with
    conventional one-off [charges](https://stripe.com/docs/api#create_charge) or
    [payment intents](https://stripe.com/docs/api/payment_intents).
    """

    amount_off: NotRequired[int | None]
    """Amount (in the `currency` specified) that will be taken off the subtotal of any
    invoices for this customer.
    """

    applies_to: NotRequired[CouponAppliesTo]
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: NotRequired[str | None]
    """If `amount_off` has been set, the three-letter [ISO code for the
    currency](https://stripe.com/docs/currencies) of the amount to take off.
    """

    currency_options: NotRequired[dict[str, CouponCurrencyOption]]
    """Coupons defined in each available currency option. Each key must be a
    three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported
    currency](https://stripe.com/docs/currencies).
    """

    duration: Literal["forever", "once", "repeating"]
    """One of `forever`, `once`, and `repeating`. Describes how long a customer who
    applies this coupon will get the discount.
    """

    duration_in_months: NotRequired[int | None]
    """If `duration` is `repeating`, the number of months the coupon applies. Null if
    coupon `duration` is `forever` or `once`.
    """

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    max_redemptions: NotRequired[int | None]
    """Maximum number of times this coupon can be redeemed, in total, across all
    customers, before it is no longer valid.
    """

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    name: NotRequired[str | None]
    """Name of the coupon displayed to customers on for instance invoices or receipts.
    """

    object: Literal["coupon"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    percent_off: NotRequired[float | None]
    """Percent that will be taken off the subtotal of any invoices for this customer for
    the duration of the coupon. For example, a coupon with percent_off of 50 will
    make a $ (or local equivalent)100 invoice $ (or local equivalent)50 instead.
    """

    redeem_by: NotRequired[int | None]
    """Date after which the coupon can no longer be redeemed."""

    times_redeemed: int
    """Number of times this coupon has been applied to a customer."""

    valid: bool
    """Taking account of the above properties, whether this coupon can still be applied
    to a customer.
    """


class CouponAppliesTo(TypedDict):
    """The `coupon_applies_to` object."""

    products: list[str]
    """A list of product IDs this coupon applies to"""


class CouponCurrencyOption(TypedDict):
    """The `coupon_currency_option` object."""

    amount_off: int
    """Amount (in the `currency` specified) that will be taken off the subtotal of any
    invoices for this customer.
    """


class CurrencyOption(TypedDict):
    """The `currency_option` object."""

    custom_unit_amount: NotRequired[CustomUnitAmount | None]
    """When set, provides configuration for the amount to be adjusted by the customer
    during Checkout Sessions and Payment Links.
    """

    tax_behavior: NotRequired[Literal["exclusive", "inclusive", "unspecified"] | None]
    """Only required if a [default tax
    behavior](https://stripe.com/docs/tax/products-prices-tax-categories-tax-behavior#setting-a-default-tax-behavior-(recommended))
    was not provided in the Stripe Tax settings. Specifies whether the price is
    considered inclusive of taxes or exclusive of taxes. One of `inclusive`,
    `exclusive`, or `unspecified`. Once specified as either `inclusive` or
    `exclusive`, it cannot be changed.
    """

    tiers: NotRequired[list[PriceTier]]
    """Each element represents a pricing tier. This parameter requires `billing_scheme`
    to be set to `tiered`. See also the documentation for `billing_scheme`.
    """

    unit_amount: NotRequired[int | None]
    """The unit amount in cents (or local equivalent) to be charged, represented as a
    whole integer if possible. Only set if `billing_scheme=per_unit`.
    """

    unit_amount_decimal: NotRequired[str | None]
    """The unit amount in cents (or local equivalent) to be charged, represented as a
    decimal string with at most 12 decimal places. Only set if
    `billing_scheme=per_unit`.
    """


class CustomUnitAmount(TypedDict):
    """The `custom_unit_amount` object."""

    maximum: NotRequired[int | None]
    """The maximum unit amount the customer can specify for this item."""

    minimum: NotRequired[int | None]
    """The minimum unit amount the customer can specify for this item. Must be at least
    the minimum charge amount.
    """

    preset: NotRequired[int | None]
    """The starting unit amount which can be updated by the customer."""


class Customer(TypedDict):
    """The `customer` object.

    This object represents a customer of your business. It lets you create recurring
    charges and track payments that belong to the same customer.

    Related guide: [Save a card during
    payment](https://stripe.com/docs/payments/save-during-payment)
    """

    address: NotRequired[Address | None]
    """The customer's address."""

    balance: NotRequired[int]
    """Current balance, if any, being stored on the customer. If negative, the customer
    has credit to apply to their next invoice. If positive, the customer has an
    amount owed that will be added to their next invoice. The balance does not refer
    to any unpaid invoices; it solely takes into account amounts that have yet to be
    successfully applied to any invoice. This balance is only taken into account as
    invoices are finalized.
    """

    cash_balance: NotRequired[CashBalance | None]
    """The current funds being held by Stripe on behalf of the customer. These funds can
    be applied towards payment intents with source "cash_balance". The
    settings[reconciliation_mode] field describes whether these funds are applied to
    such payment intents manually or automatically.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: NotRequired[str | None]
    """Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) the
    customer can be charged in for recurring billing purposes.
    """

    default_source: NotRequired[str | BankAccount | Card | Source | None]
    """ID of the default payment source for the customer.

    If you are using payment methods created via the PaymentMethods API, see the
    [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method)
    field instead.
    """

    delinquent: NotRequired[bool | None]
    """When the customer's latest invoice is billed by charging automatically,
    `delinquent` is `true` if the invoice's latest charge failed. When the customer's
    latest invoice is billed by sending an invoice, `delinquent` is `true` if the
    invoice isn't paid by its due date.

    If an invoice is marked uncollectible by
    [dunning](https://stripe.com/docs/billing/automatic-collection), `delinquent`
    doesn't get reset to `false`.
    """

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    """

    discount: NotRequired[Discount | None]
    """Describes the current discount active on the customer, if there is one."""

    email: NotRequired[str | None]
    """The customer's email address."""

    id: str
    """Unique identifier for the object."""

    invoice_credit_balance: NotRequired[dict[str, int]]
    """The current multi-currency balances, if any, being stored on the customer. If
    positive in a currency, the customer has a credit to apply to their next invoice
    denominated in that currency. If negative, the customer has an amount owed that
    will be added to their next invoice denominated in that currency. These balances
    do not refer to any unpaid invoices. They solely track amounts that have yet to
    be successfully applied to any invoice. A balance in a particular currency is
    only applied to any invoice as an invoice in that currency is finalized.
    """

    invoice_prefix: NotRequired[str | None]
    """The prefix for the customer used to generate unique invoice numbers."""

    invoice_settings: NotRequired[InvoiceSettingCustomerSetting]
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: NotRequired[dict[str, str]]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    name: NotRequired[str | None]
    """The customer's full name or business name."""

    next_invoice_sequence: NotRequired[int]
    """The suffix of the customer's next invoice number, e.g., 0001."""

    object: Literal["customer"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    phone: NotRequired[str | None]
    """The customer's phone number."""

    preferred_locales: NotRequired[list[str] | None]
    """The customer's preferred locales (languages), ordered by preference."""

    shipping: NotRequired[Shipping | None]
    """Mailing and shipping address for the customer. Appears on invoices emailed to
    this customer.
    """

    sources: NotRequired[CustomerSources]
    """The customer's payment sources, if any."""

    subscriptions: NotRequired[CustomerSubscriptions]
    """The customer's current subscriptions, if any."""

    tax: NotRequired[CustomerTax]
    tax_exempt: NotRequired[Literal["exempt", "none", "reverse"] | None]
    """Describes the customer's tax exemption status. One of `none`, `exempt`, or
    `reverse`. When set to `reverse`, invoice and receipt PDFs include the text
    **"Reverse charge"**.
    """

    tax_ids: NotRequired[CustomerTaxIds]
    """The customer's tax IDs."""

    test_clock: NotRequired[str | TestHelpersTestClock | None]
    """ID of the test clock this customer belongs to."""


class CustomerAcceptance(TypedDict):
    """The `customer_acceptance` object."""

    accepted_at: NotRequired[int | None]
    """The time at which the customer accepted the Mandate."""

    offline: NotRequired[OfflineAcceptance]
    online: NotRequired[OnlineAcceptance]
    type: Literal["offline", "online"]
    """The type of customer acceptance information included with the Mandate. One of
    `online` or `offline`.
    """


class CustomerBalanceCustomerBalanceSettings(TypedDict):
    """The `customer_balance_customer_balance_settings` object."""

    reconciliation_mode: Literal["automatic", "manual"]
    """The configuration for how funds that land in the customer cash balance are
    reconciled.
    """

    using_merchant_default: bool
    """A flag to indicate if reconciliation mode returned is the user's default or is
    specific to this customer cash balance
    """


class CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft(
    TypedDict
):
    """The
    `customer_balance_resource_cash_balance_transaction_resource_adjusted_for_overdraft`
    object.
    """

    balance_transaction: str | BalanceTransaction
    """The [Balance Transaction](docs/api/balance_transactions/object) that corresponds
    to funds taken out of your Stripe balance.
    """

    linked_transaction: str | CustomerCashBalanceTransaction
    """The [Cash Balance
    Transaction](https://stripe.com/docs/api/cash_balance_transactions/object) that
    brought the customer balance negative, triggering the clawback of funds.
    """


class CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction(
    TypedDict
):
    """The
    `customer_balance_resource_cash_balance_transaction_resource_applied_to_payment_transaction`
    object.
    """

    payment_intent: str | PaymentIntent
    """The [Payment Intent](https://stripe.com/docs/api/payment_intents/object) that
    funds were applied to.
    """


class CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction(TypedDict):
    """The
    `customer_balance_resource_cash_balance_transaction_resource_funded_transaction`
    object.
    """

    bank_transfer: CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer


class CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer(
    TypedDict
):
    """The
    `customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer`
    object.
    """

    eu_bank_transfer: NotRequired[
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer
    ]
    gb_bank_transfer: NotRequired[
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer
    ]
    jp_bank_transfer: NotRequired[
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer
    ]
    reference: NotRequired[str | None]
    """The user-supplied reference field on the bank transfer."""

    type: Literal[
        "eu_bank_transfer",
        "gb_bank_transfer",
        "jp_bank_transfer",
        "mx_bank_transfer",
        "us_bank_transfer",
    ]
    """The funding method type used to fund the customer balance. Permitted values
    include: `eu_bank_transfer`, `gb_bank_transfer`, `jp_bank_transfer`,
    `mx_bank_transfer`, or `us_bank_transfer`.
    """

    us_bank_transfer: NotRequired[
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer
    ]


class CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer(
    TypedDict
):
    """The
    `customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_eu_bank_transfer`
    object.
    """

    bic: NotRequired[str | None]
    """The BIC of the bank of the sender of the funding."""

    iban_last4: NotRequired[str | None]
    """The last 4 digits of the IBAN of the sender of the funding."""

    sender_name: NotRequired[str | None]
    """The full name of the sender, as supplied by the sending bank."""


class CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer(
    TypedDict
):
    """The
    `customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_gb_bank_transfer`
    object.
    """

    account_number_last4: NotRequired[str | None]
    """The last 4 digits of the account number of the sender of the funding."""

    sender_name: NotRequired[str | None]
    """The full name of the sender, as supplied by the sending bank."""

    sort_code: NotRequired[str | None]
    """The sort code of the bank of the sender of the funding"""


class CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer(
    TypedDict
):
    """The
    `customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_jp_bank_transfer`
    object.
    """

    sender_bank: NotRequired[str | None]
    """The name of the bank of the sender of the funding."""

    sender_branch: NotRequired[str | None]
    """The name of the bank branch of the sender of the funding."""

    sender_name: NotRequired[str | None]
    """The full name of the sender, as supplied by the sending bank."""


class CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer(
    TypedDict
):
    """The
    `customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_us_bank_transfer`
    object.
    """

    network: NotRequired[Literal["ach", "domestic_wire_us", "swift"]]
    """The banking network used for this funding."""

    sender_name: NotRequired[str | None]
    """The full name of the sender, as supplied by the sending bank."""


class CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction(
    TypedDict
):
    """The
    `customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction`
    object.
    """

    refund: str | Refund
    """The [Refund](https://stripe.com/docs/api/refunds/object) that moved these funds
    into the customer's cash balance.
    """


class CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction(
    TypedDict
):
    """The
    `customer_balance_resource_cash_balance_transaction_resource_unapplied_from_payment_transaction`
    object.
    """

    payment_intent: str | PaymentIntent
    """The [Payment Intent](https://stripe.com/docs/api/payment_intents/object) that
    funds were unapplied from.
    """


class CustomerCashBalanceTransaction(TypedDict):
    """The `customer_cash_balance_transaction` object.

    Customers with certain payments enabled have a cash balance, representing funds
    that were paid by the customer to a merchant, but have not yet been allocated to
    a payment. Cash Balance Transactions represent when funds are moved into or out
    of this balance. This includes funding by the customer, allocation to payments,
    and refunds to the customer.
    """

    adjusted_for_overdraft: NotRequired[
        CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft
    ]
    applied_to_payment: NotRequired[
        CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction
    ]
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    customer: str | Customer
    """The customer whose available cash balance changed as a result of this
    transaction.
    """

    ending_balance: int
    """The total available cash balance for the specified currency after this
    transaction was applied. Represented in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    funded: NotRequired[
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction
    ]
    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    net_amount: int
    """The amount by which the cash balance changed, represented in the [smallest
    currency unit](https://stripe.com/docs/currencies#zero-decimal). A positive value
    represents funds being added to the cash balance, a negative value represents
    funds being removed from the cash balance.
    """

    object: Literal["customer_cash_balance_transaction"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    refunded_from_payment: NotRequired[
        CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction
    ]
    type: Literal[
        "adjusted_for_overdraft",
        "applied_to_payment",
        "funded",
        "funding_reversed",
        "refunded_from_payment",
        "return_canceled",
        "return_initiated",
        "unapplied_from_payment",
    ]
    """The type of the cash balance transaction. New types may be added in future. See
    [Customer Balance](https://stripe.com/docs/payments/customer-balance#types) to
    learn more about these types.
    """

    unapplied_from_payment: NotRequired[
        CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction
    ]


class CustomerSources(TypedDict):
    """The `customer.sources` object.

    The customer's payment sources, if any.
    """

    data: list[BankAccount | Card | Source]
    """Details about each object."""

    has_more: bool
    """True if this list has another page of items after this one that can be fetched.
    """

    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same
    value. Always has the value `list`.
    """

    url: str
    """The URL where this list can be accessed."""


class CustomerSubscriptions(TypedDict):
    """The `customer.subscriptions` object.

    The customer's current subscriptions, if any.
    """

    data: list[Subscription]
    """Details about each object."""

    has_more: bool
    """True if this list has another page of items after this one that can be fetched.
    """

    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same
    value. Always has the value `list`.
    """

    url: str
    """The URL where this list can be accessed."""


class CustomerTax(TypedDict):
    """The `customer_tax` object."""

    automatic_tax: Literal[
        "failed", "not_collecting", "supported", "unrecognized_location"
    ]
    """Surfaces if automatic tax computation is possible given the current customer
    location information.
    """

    ip_address: NotRequired[str | None]
    """A recent IP address of the customer used for tax reporting and tax location
    inference.
    """

    location: NotRequired[CustomerTaxLocation | None]
    """The customer's location as identified by Stripe Tax."""


class CustomerTaxIds(TypedDict):
    """The `customer.tax_ids` object.

    The customer's tax IDs.
    """

    data: list[TaxId]
    """Details about each object."""

    has_more: bool
    """True if this list has another page of items after this one that can be fetched.
    """

    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same
    value. Always has the value `list`.
    """

    url: str
    """The URL where this list can be accessed."""


class CustomerTaxLocation(TypedDict):
    """The `customer_tax_location` object."""

    country: str
    """The customer's country as identified by Stripe Tax."""

    source: Literal[
        "billing_address", "ip_address", "payment_method", "shipping_destination"
    ]
    """The data source used to infer the customer's location."""

    state: NotRequired[str | None]
    """The customer's state, county, province, or region as identified by Stripe Tax."""


class DeletedApplication(TypedDict):
    """The `deleted_application` object."""

    deleted: Literal[True]
    """Always true for a deleted object"""

    id: str
    """Unique identifier for the object."""

    name: NotRequired[str | None]
    """The name of the application."""

    object: Literal["application"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class DeletedBankAccount(TypedDict):
    """The `deleted_bank_account` object."""

    currency: NotRequired[str | None]
    """Three-letter [ISO code for the currency](https://stripe.com/docs/payouts) paid
    out to the bank account.
    """

    deleted: Literal[True]
    """Always true for a deleted object"""

    id: str
    """Unique identifier for the object."""

    object: Literal["bank_account"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class DeletedCard(TypedDict):
    """The `deleted_card` object."""

    currency: NotRequired[str | None]
    """Three-letter [ISO code for the currency](https://stripe.com/docs/payouts) paid
    out to the bank account.
    """

    deleted: Literal[True]
    """Always true for a deleted object"""

    id: str
    """Unique identifier for the object."""

    object: Literal["card"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class DeletedCoupon(TypedDict):
    """The `deleted_coupon` object."""

    deleted: Literal[True]
    """Always true for a deleted object"""

    id: str
    """Unique identifier for the object."""

    object: Literal["coupon"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class DeletedCustomer(TypedDict):
    """The `deleted_customer` object."""

    deleted: Literal[True]
    """Always true for a deleted object"""

    id: str
    """Unique identifier for the object."""

    object: Literal["customer"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class DeletedDiscount(TypedDict):
    """The `deleted_discount` object."""

    checkout_session: NotRequired[str | None]
    """The Checkout session that this coupon is applied to, if it is applied to a
    particular session in payment mode. Will not be present for subscription mode.
    """

    coupon: Coupon
    customer: NotRequired[str | Customer | DeletedCustomer | None]
    """The ID of the customer associated with this discount."""

    deleted: Literal[True]
    """Always true for a deleted object"""

    id: str
    """The ID of the discount object. Discounts cannot be fetched by ID. Use
    `expand[]=discounts` in API calls to expand discount IDs in an array.
    """

    invoice: NotRequired[str | None]
    """The invoice that the discount's coupon was applied to, if it was applied directly
    to a particular invoice.
    """

    invoice_item: NotRequired[str | None]
    """The invoice item `id` (or invoice line item `id` for invoice line items of
    type='subscription') that the discount's coupon was applied to, if it was applied
    directly to a particular invoice item or invoice line item.
    """

    object: Literal["discount"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    promotion_code: NotRequired[str | PromotionCode | None]
    """The promotion code applied to create this discount."""

    start: int
    """Date that the coupon was applied."""

    subscription: NotRequired[str | None]
    """The subscription that this coupon is applied to, if it is applied to a particular
    subscription.
    """


class DeletedInvoice(TypedDict):
    """The `deleted_invoice` object."""

    deleted: Literal[True]
    """Always true for a deleted object"""

    id: str
    """Unique identifier for the object."""

    object: Literal["invoice"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class DeletedPrice(TypedDict):
    """The `deleted_price` object."""

    deleted: Literal[True]
    """Always true for a deleted object"""

    id: str
    """Unique identifier for the object."""

    object: Literal["price"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class DeletedProduct(TypedDict):
    """The `deleted_product` object."""

    deleted: Literal[True]
    """Always true for a deleted object"""

    id: str
    """Unique identifier for the object."""

    object: Literal["product"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class DeletedTaxId(TypedDict):
    """The `deleted_tax_id` object."""

    deleted: Literal[True]
    """Always true for a deleted object"""

    id: str
    """Unique identifier for the object."""

    object: Literal["tax_id"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class Discount(TypedDict):
    """The `discount` object.

    A discount represents the actual application of a
    [coupon](https://stripe.com/docs/api#coupons) or [promotion
    code](https://stripe.com/docs/api#promotion_codes). It contains information about
    when the discount began, when it will end, and what it is applied to.

    Related guide: [Applying discounts to
    subscriptions](https://stripe.com/docs/billing/subscriptions/discounts)
    """

    checkout_session: NotRequired[str | None]
    """The Checkout session that this coupon is applied to, if it is applied to a
    particular session in payment mode. Will not be present for subscription mode.
    """

    coupon: Coupon
    customer: NotRequired[str | Customer | DeletedCustomer | None]
    """The ID of the customer associated with this discount."""

    end: NotRequired[int | None]
    """If the coupon has a duration of `repeating`, the date that this discount will
    end. If the coupon has a duration of `once` or `forever`, this attribute will be
    null.
    """

    id: str
    """The ID of the discount object. Discounts cannot be fetched by ID. Use
    `expand[]=discounts` in API calls to expand discount IDs in an array.
    """

    invoice: NotRequired[str | None]
    """The invoice that the discount's coupon was applied to, if it was applied directly
    to a particular invoice.
    """

    invoice_item: NotRequired[str | None]
    """The invoice item `id` (or invoice line item `id` for invoice line items of
    type='subscription') that the discount's coupon was applied to, if it was applied
    directly to a particular invoice item or invoice line item.
    """

    object: Literal["discount"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    promotion_code: NotRequired[str | PromotionCode | None]
    """The promotion code applied to create this discount."""

    start: int
    """Date that the coupon was applied."""

    subscription: NotRequired[str | None]
    """The subscription that this coupon is applied to, if it is applied to a particular
    subscription.
    """


class DiscountsResourceDiscountAmount(TypedDict):
    """The `discounts_resource_discount_amount` object."""

    amount: int
    """The amount, in cents (or local equivalent), of the discount."""

    discount: str | Discount | DeletedDiscount
    """The discount that was applied to get this discount amount."""


class Dispute(TypedDict):
    """The `dispute` object.

    A dispute occurs when a customer questions your charge with their card issuer.
    When this happens, you're given the opportunity to respond to the dispute with
    evidence that shows that the charge is legitimate. You can find more information
    about the dispute process in our [Disputes and Fraud](/docs/disputes)
    documentation.

    Related guide: [Disputes and fraud](https://stripe.com/docs/disputes)
    """

    amount: int
    """Disputed amount. Usually the amount of the charge, but can differ (usually
    because of currency fluctuation or because only part of the order is disputed).
    """

    balance_transactions: list[BalanceTransaction]
    """List of zero, one, or two balance transactions that show funds withdrawn and
    reinstated to your Stripe account as a result of this dispute.
    """

    charge: str | Charge
    """ID of the charge that was disputed."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    evidence: DisputeEvidence
    evidence_details: DisputeEvidenceDetails
    id: str
    """Unique identifier for the object."""

    is_charge_refundable: bool
    """If true, it is still possible to refund the disputed payment. Once the payment
    has been fully refunded, no further funds will be withdrawn from your Stripe
    account as a result of this dispute.
    """

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["dispute"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    payment_intent: NotRequired[str | PaymentIntent | None]
    """ID of the PaymentIntent that was disputed."""

    payment_method_details: NotRequired[DisputePaymentMethodDetails]
    reason: str
    """Reason given by cardholder for dispute. Possible values are
    `bank_cannot_process`, `check_returned`, `credit_not_processed`,
    `customer_initiated`, `debit_not_authorized`, `duplicate`, `fraudulent`,
    `general`, `incorrect_account_details`, `insufficient_funds`,
    `product_not_received`, `product_unacceptable`, `subscription_canceled`, or
    `unrecognized`. Read more about [dispute
    reasons](https://stripe.com/docs/disputes/categories).
    """

    status: Literal[
        "lost",
        "needs_response",
        "under_review",
        "warning_closed",
        "warning_needs_response",
        "warning_under_review",
        "won",
    ]
    """Current status of dispute. Possible values are `warning_needs_response`,
    `warning_under_review`, `warning_closed`, `needs_response`, `under_review`,
    `won`, or `lost`.
    """


class DisputeEvidence(TypedDict):
    """The `dispute_evidence` object."""

    access_activity_log: NotRequired[str | None]
    """Any server or activity logs showing proof that the customer accessed or
    downloaded the purchased digital product. This information should include IP
    addresses, corresponding timestamps, and any detailed recorded activity.
    """

    billing_address: NotRequired[str | None]
    """The billing address provided by the customer."""

    cancellation_policy: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Your
    subscription cancellation policy, as shown to the customer.
    """

    cancellation_policy_disclosure: NotRequired[str | None]
    """An explanation of how and when the customer was shown your refund policy prior to
    purchase.
    """

    cancellation_rebuttal: NotRequired[str | None]
    """A justification for why the customer's subscription was not canceled."""

    customer_communication: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Any
    communication with the customer that you feel is relevant to your case. Examples
    include emails proving that the customer received the product or service, or
    demonstrating their use of or satisfaction with the product or service.
    """

    customer_email_address: NotRequired[str | None]
    """The email address of the customer."""

    customer_name: NotRequired[str | None]
    """The name of the customer."""

    customer_purchase_ip: NotRequired[str | None]
    """The IP address that the customer used when making the purchase."""

    customer_signature: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) A relevant
    document or contract showing the customer's signature.
    """

    duplicate_charge_documentation: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Documentation
    for the prior charge that can uniquely identify the charge, such as a receipt,
    shipping label, work order, etc. This document should be paired with a similar
    document from the disputed payment that proves the two payments are separate.
    """

    duplicate_charge_explanation: NotRequired[str | None]
    """An explanation of the difference between the disputed charge versus the prior
    charge that appears to be a duplicate.
    """

    duplicate_charge_id: NotRequired[str | None]
    """The Stripe ID for the prior charge which appears to be a duplicate of the
    disputed charge.
    """

    product_description: NotRequired[str | None]
    """A description of the product or service that was sold."""

    receipt: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Any receipt
    or message sent to the customer notifying them of the charge.
    """

    refund_policy: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Your refund
    policy, as shown to the customer.
    """

    refund_policy_disclosure: NotRequired[str | None]
    """Documentation demonstrating that the customer was shown your refund policy prior
    to purchase.
    """

    refund_refusal_explanation: NotRequired[str | None]
    """A justification for why the customer is not entitled to a refund."""

    service_date: NotRequired[str | None]
    """The date on which the customer received or began receiving the purchased service,
    in a clear human-readable format.
    """

    service_documentation: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Documentation
    showing proof that a service was provided to the customer. This could include a
    copy of a signed contract, work order, or other form of written agreement.
    """

    shipping_address: NotRequired[str | None]
    """The address to which a physical product was shipped. You should try to include as
    complete address information as possible.
    """

    shipping_carrier: NotRequired[str | None]
    """The delivery service that shipped a physical product, such as Fedex, UPS, USPS,
    etc. If multiple carriers were used for this purchase, please separate them with
    commas.
    """

    shipping_date: NotRequired[str | None]
    """The date on which a physical product began its route to the shipping address, in
    a clear human-readable format.
    """

    shipping_documentation: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Documentation
    showing proof that a product was shipped to the customer at the same address the
    customer provided to you. This could include a copy of the shipment receipt,
    shipping label, etc. It should show the customer's full shipping address, if
    possible.
    """

    shipping_tracking_number: NotRequired[str | None]
    """The tracking number for a physical product, obtained from the delivery service.
    If multiple tracking numbers were generated for this purchase, please separate
    them with commas.
    """

    uncategorized_file: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Any
    additional evidence or statements.
    """

    uncategorized_text: NotRequired[str | None]
    """Any additional evidence or statements."""


class DisputeEvidenceDetails(TypedDict):
    """The `dispute_evidence_details` object."""

    due_by: NotRequired[int | None]
    """Date by which evidence must be submitted in order to successfully challenge
    dispute. Will be 0 if the customer's bank or credit card company doesn't allow a
    response for this particular dispute.
    """

    has_evidence: bool
    """Whether evidence has been staged for this dispute."""

    past_due: bool
    """Whether the last evidence submission was submitted past the due date. Defaults to
    `false` if no evidence submissions have occurred. If `true`, then delivery of the
    latest evidence is *not* guaranteed.
    """

    submission_count: int
    """The number of times evidence has been submitted. Typically, you may only submit
    evidence once.
    """


class DisputePaymentMethodDetails(TypedDict):
    """The `dispute_payment_method_details` object."""

    card: NotRequired[DisputePaymentMethodDetailsCard | None]
    """Card specific dispute details."""

    type: Literal["card"]
    """Payment method type."""


class DisputePaymentMethodDetailsCard(TypedDict):
    """The `dispute_payment_method_details_card` object."""

    brand: str
    """Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`,
    `mastercard`, `unionpay`, `visa`, or `unknown`.
    """

    network_reason_code: NotRequired[str | None]
    """The card network's specific dispute reason code, which maps to one of Stripe's
    primary dispute categories to simplify response guidance. The [Network code
    map](https://stripe.com/docs/disputes/categories#network-code-map) lists all
    available dispute reason codes by network.
    """


class EmailSent(TypedDict):
    """The `email_sent` object."""

    email_sent_at: int
    """The timestamp when the email was sent."""

    email_sent_to: str
    """The recipient's email address."""


class ExternalAccountRequirements(TypedDict):
    """The `external_account_requirements` object."""

    currently_due: NotRequired[list[str] | None]
    """Fields that need to be collected to keep the external account enabled. If not
    collected by `current_deadline`, these fields appear in `past_due` as well, and
    the account is disabled.
    """

    errors: NotRequired[list[AccountRequirementsError] | None]
    """Fields that are `currently_due` and need to be collected again because validation
    or verification failed.
    """

    past_due: NotRequired[list[str] | None]
    """Fields that weren't collected by `current_deadline`. These fields need to be
    collected to enable the external account.
    """

    pending_verification: NotRequired[list[str] | None]
    """Fields that may become required depending on the results of verification or
    review. Will be an empty array unless an asynchronous verification is pending. If
    verification fails, these fields move to `eventually_due`, `currently_due`, or
    `past_due`.
    """


class Fee(TypedDict):
    """The `fee` object."""

    amount: int
    """Amount of the fee, in cents."""

    application: NotRequired[str | None]
    """ID of the Connect application that earned the fee."""

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    """

    type: str
    """Type of the fee, one of: `application_fee`, `stripe_fee` or `tax`."""


class FeeRefund(TypedDict):
    """The `fee_refund` object.

    `Application Fee Refund` objects allow you to refund an application fee that has
    previously been created but not yet refunded. Funds will be refunded to the
    Stripe account from which the fee was originally collected.

    Related guide: [Refunding application
    fees](https://stripe.com/docs/connect/destination-charges#refunding-app-fee)
    """

    amount: int
    """Amount, in cents (or local equivalent)."""

    balance_transaction: NotRequired[str | BalanceTransaction | None]
    """Balance transaction that describes the impact on your account balance."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    fee: str | ApplicationFee
    """ID of the application fee that was refunded."""

    id: str
    """Unique identifier for the object."""

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["fee_refund"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class File(TypedDict):
    """The `file` object.

    This is an object representing a file hosted on Stripe's servers. The file may
    have been uploaded by yourself using the [create
    file](https://stripe.com/docs/api#create_file) request (for example, when
    uploading dispute evidence) or it may have been created by Stripe (for example,
    the results of a [Sigma scheduled query](#scheduled_queries)).

    Related guide: [File upload guide](https://stripe.com/docs/file-upload)
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    expires_at: NotRequired[int | None]
    """The time at which the file expires and is no longer available in epoch seconds.
    """

    filename: NotRequired[str | None]
    """A filename for the file, suitable for saving to a filesystem."""

    id: str
    """Unique identifier for the object."""

    links: NotRequired[FileLinks | None]
    """A list of [file links](https://stripe.com/docs/api#file_links) that point at this
    file.
    """

    object: Literal["file"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    purpose: Literal[
        "account_requirement",
        "additional_verification",
        "business_icon",
        "business_logo",
        "customer_signature",
        "dispute_evidence",
        "document_provider_identity_document",
        "finance_report_run",
        "identity_document",
        "identity_document_downloadable",
        "pci_document",
        "selfie",
        "sigma_scheduled_query",
        "tax_document_user_upload",
        "terminal_reader_splashscreen",
    ]
    """The [purpose](https://stripe.com/docs/file-upload#uploading-a-file) of the
    uploaded file.
    """

    size: int
    """The size in bytes of the file object."""

    title: NotRequired[str | None]
    """A user friendly title for the document."""

    type: NotRequired[str | None]
    """The type of the file returned (e.g., `csv`, `pdf`, `jpg`, or `png`)."""

    url: NotRequired[str | None]
    """The URL from which the file can be downloaded using your live secret API key."""


class FileLink(TypedDict):
    """The `file_link` object.

    To share the contents of a `File` object with non-Stripe users, you can create a
    `FileLink`. `FileLink`s contain a URL that can be used to retrieve the contents
    of the file without authentication.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    expired: bool
    """Whether this link is already expired."""

    expires_at: NotRequired[int | None]
    """Time at which the link expires."""

    file: str | File
    """The file object this link points to."""

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["file_link"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    url: NotRequired[str | None]
    """The publicly accessible URL to download the file."""


class FileLinks(TypedDict):
    """The `file.links` object.

    A list of [file links](https://stripe.com/docs/api#file_links) that point at this
    file.
    """

    data: list[FileLink]
    """Details about each object."""

    has_more: bool
    """True if this list has another page of items after this one that can be fetched.
    """

    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same
    value. Always has the value `list`.
    """

    url: str
    """The URL where this list can be accessed."""


class FundingInstructionsBankTransferFinancialAddress(TypedDict):
    """The `funding_instructions_bank_transfer_financial_address` object.

    FinancialAddresses contain identifying information that resolves to a
    FinancialAccount.
    """

    iban: NotRequired[FundingInstructionsBankTransferIbanRecord]
    sort_code: NotRequired[FundingInstructionsBankTransferSortCodeRecord]
    spei: NotRequired[FundingInstructionsBankTransferSpeiRecord]
    supported_networks: NotRequired[
        list[Literal["bacs", "fps", "sepa", "spei", "zengin"]]
    ]
    """The payment networks supported by this FinancialAddress"""

    type: Literal["iban", "sort_code", "spei", "zengin"]
    """The type of financial address"""

    zengin: NotRequired[FundingInstructionsBankTransferZenginRecord]


class FundingInstructionsBankTransferIbanRecord(TypedDict):
    """The `funding_instructions_bank_transfer_iban_record` object.

    Iban Records contain E.U. bank account details per the SEPA format.
    """

    account_holder_name: str
    """The name of the person or business that owns the bank account"""

    bic: str
    """The BIC/SWIFT code of the account."""

    country: str
    """Two-letter country code ([ISO 3166-1
    alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
    """

    iban: str
    """The IBAN of the account."""


class FundingInstructionsBankTransferSortCodeRecord(TypedDict):
    """The `funding_instructions_bank_transfer_sort_code_record` object.

    Sort Code Records contain U.K. bank account details per the sort code format.
    """

    account_holder_name: str
    """The name of the person or business that owns the bank account"""

    account_number: str
    """The account number"""

    sort_code: str
    """The six-digit sort code"""


class FundingInstructionsBankTransferSpeiRecord(TypedDict):
    """The `funding_instructions_bank_transfer_spei_record` object.

    SPEI Records contain Mexico bank account details per the SPEI format.
    """

    bank_code: str
    """The three-digit bank code"""

    bank_name: str
    """The short banking institution name"""

    clabe: str
    """The CLABE number"""


class FundingInstructionsBankTransferZenginRecord(TypedDict):
    """The `funding_instructions_bank_transfer_zengin_record` object.

    Zengin Records contain Japan bank account details per the Zengin format.
    """

    account_holder_name: NotRequired[str | None]
    """The account holder name"""

    account_number: NotRequired[str | None]
    """The account number"""

    account_type: NotRequired[str | None]
    """The bank account type. In Japan, this can only be `futsu` or `toza`."""

    bank_code: NotRequired[str | None]
    """The bank code of the account"""

    bank_name: NotRequired[str | None]
    """The bank name of the account"""

    branch_code: NotRequired[str | None]
    """The branch code of the account"""

    branch_name: NotRequired[str | None]
    """The branch name of the account"""


class Invoice(TypedDict):
    """The `invoice` object.

    Invoices are statements of amounts owed by a customer, and are either generated
    one-off, or generated periodically from a subscription.

    They contain [invoice items](https://stripe.com/docs/api#invoiceitems), and
    proration adjustments that may be caused by subscription upgrades/downgrades (if
    necessary).

    If your invoice is configured to be billed through automatic charges, Stripe
    automatically finalizes your invoice and attempts payment. Note that finalizing
    the invoice, [when
    automatic](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection),
    does not happen immediately as the invoice is created. Stripe waits until one
    hour after the last webhook was successfully sent (or the last webhook timed out
    after failing). If you (and the platforms you may have connected to) have no
    webhooks configured, Stripe waits one hour after creation to finalize the
    invoice.

    If your invoice is configured to be billed by sending an email, then based on
    your [email settings](https://dashboard.stripe.com/account/billing/automatic),
    Stripe will email the invoice to your customer and await payment. These emails
    can contain a link to a hosted page to pay the invoice.

    Stripe applies any customer credit on the account before determining the amount
    due for the invoice (i.e., the amount that will be actually charged). If the
    amount due for the invoice is less than Stripe's [minimum allowed charge per
    currency](/docs/currencies#minimum-and-maximum-charge-amounts), the invoice is
    automatically marked paid, and we add the amount due to the customer's credit
    balance which is applied to the next invoice.

    More details on the customer's credit balance are
    [here](https://stripe.com/docs/billing/customer/balance).

    Related guide: [Send invoices to
    customers](https://stripe.com/docs/billing/invoices/sending)
    """

    account_country: NotRequired[str | None]
    """The country of the business associated with this invoice, most often the business
    creating the invoice.
    """

    account_name: NotRequired[str | None]
    """The public name of the business associated with this invoice, most often the
    business creating the invoice.
    """

    account_tax_ids: NotRequired[list[str | TaxId | DeletedTaxId] | None]
    """The account tax IDs associated with the invoice. Only editable when the invoice
    is a draft.
    """

    amount_due: int
    """Final amount due at this time for this invoice. If the invoice's total is smaller
    than the minimum charge amount, for example, or if there is account credit that
    can be applied to the invoice, the `amount_due` may be 0. If there is a positive
    `starting_balance` for the invoice (the customer owes money), the `amount_due`
    will also take that into account. The charge that gets generated for the invoice
    will be for the amount specified in `amount_due`.
    """

    amount_paid: int
    """The amount, in cents (or local equivalent), that was paid."""

    amount_remaining: int
    """The difference between amount_due and amount_paid, in cents (or local
    equivalent).
    """

    amount_shipping: int
    """This is the sum of all the shipping amounts."""

    application: NotRequired[str | Application | DeletedApplication | None]
    """ID of the Connect Application that created the invoice."""

    application_fee_amount: NotRequired[int | None]
    """The fee in cents (or local equivalent) that will be applied to the invoice and
    transferred to the application owner's Stripe account when the invoice is paid.
    """

    attempt_count: int
    """Number of payment attempts made for this invoice, from the perspective of the
    payment retry schedule. Any payment attempt counts as the first attempt, and
    subsequently only automatic retries increment the attempt count. In other words,
    manual payment attempts after the first attempt do not affect the retry schedule.
    """

    attempted: bool
    """Whether an attempt has been made to pay the invoice. An invoice is not attempted
    until 1 hour after the `invoice.created` webhook, for example, so you might not
    want to display that invoice as unpaid to your users.
    """

    auto_advance: NotRequired[bool]
    """Controls whether Stripe performs [automatic
    collection](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection)
    of the invoice. If `false`, the invoice's state doesn't automatically advance
    without an explicit action.
    """

    automatic_tax: AutomaticTax
    billing_reason: NotRequired[
        Literal[
            "automatic_pending_invoice_item_invoice",
            "manual",
            "quote_accept",
            "subscription",
            "subscription_create",
            "subscription_cycle",
            "subscription_threshold",
            "subscription_update",
            "upcoming",
        ]
        | None
    ]
    """Indicates the reason why the invoice was created.

    * `manual`: Unrelated to a subscription, for example, created via the invoice
    editor. * `subscription`: No longer in use. Applies to subscriptions from before
    May 2018 where no distinction was made between updates, cycles, and thresholds. *
    `subscription_create`: A new subscription was created. * `subscription_cycle`: A
    subscription advanced into a new period. * `subscription_threshold`: A
    subscription reached a billing threshold. * `subscription_update`: A subscription
    was updated. * `upcoming`: Reserved for simulated invoices, per the upcoming
    invoice endpoint.
    """

    charge: NotRequired[str | Charge | None]
    """ID of the latest charge generated for this invoice, if any."""

    collection_method: Literal["charge_automatically", "send_invoice"]
    """Either `charge_automatically`, or `send_invoice`. When charging automatically,
    Stripe will attempt to pay this invoice using the default source attached to the
    customer. When sending an invoice, Stripe will email this invoice to the customer
    with payment instructions.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    custom_fields: NotRequired[list[InvoiceSettingCustomField] | None]
    """Custom fields displayed on the invoice."""

    customer: NotRequired[str | Customer | DeletedCustomer | None]
    """The ID of the customer who will be billed."""

    customer_address: NotRequired[Address | None]
    """The customer's address. Until the invoice is finalized, this field will equal
    `customer.address`. Once the invoice is finalized, this field will no longer be
    updated.
    """

    customer_email: NotRequired[str | None]
    """The customer's email. Until the invoice is finalized, this field will equal
    `customer.email`. Once the invoice is finalized, this field will no longer be
    updated.
    """

    customer_name: NotRequired[str | None]
    """The customer's name. Until the invoice is finalized, this field will equal
    `customer.name`. Once the invoice is finalized, this field will no longer be
    updated.
    """

    customer_phone: NotRequired[str | None]
    """The customer's phone number. Until the invoice is finalized, this field will
    equal `customer.phone`. Once the invoice is finalized, this field will no longer
    be updated.
    """

    customer_shipping: NotRequired[Shipping | None]
    """The customer's shipping information. Until the invoice is finalized, this field
    will equal `customer.shipping`. Once the invoice is finalized, this field will no
    longer be updated.
    """

    customer_tax_exempt: NotRequired[Literal["exempt", "none", "reverse"] | None]
    """The customer's tax exempt status. Until the invoice is finalized, this field will
    equal `customer.tax_exempt`. Once the invoice is finalized, this field will no
    longer be updated.
    """

    customer_tax_ids: NotRequired[list[InvoicesResourceInvoiceTaxId] | None]
    """The customer's tax IDs. Until the invoice is finalized, this field will contain
    the same tax IDs as `customer.tax_ids`. Once the invoice is finalized, this field
    will no longer be updated.
    """

    default_payment_method: NotRequired[str | PaymentMethod | None]
    """ID of the default payment method for the invoice. It must belong to the customer
    associated with the invoice. If not set, defaults to the subscription's default
    payment method, if any, or to the default payment method in the customer's
    invoice settings.
    """

    default_source: NotRequired[str | BankAccount | Card | Source | None]
    """ID of the default payment source for the invoice. It must belong to the customer
    associated with the invoice and be in a chargeable state. If not set, defaults to
    the subscription's default source, if any, or to the customer's default source.
    """

    default_tax_rates: list[TaxRate]
    """The tax rates applied to this invoice, if any."""

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    Referenced as 'memo' in the Dashboard.
    """

    discount: NotRequired[Discount | None]
    """Describes the current discount applied to this invoice, if there is one. Not
    populated if there are multiple discounts.
    """

    discounts: NotRequired[list[str | Discount | DeletedDiscount] | None]
    """The discounts applied to the invoice. Line item discounts are applied before
    invoice discounts. Use `expand[]=discounts` to expand each discount.
    """

    due_date: NotRequired[int | None]
    """The date on which payment for this invoice is due. This value will be `null` for
    invoices where `collection_method=charge_automatically`.
    """

    effective_at: NotRequired[int | None]
    """The date when this invoice is in effect. Same as `finalized_at` unless
    overwritten. When defined, this value replaces the system-generated 'Date of
    issue' printed on the invoice PDF and receipt.
    """

    ending_balance: NotRequired[int | None]
    """Ending customer balance after the invoice is finalized. Invoices are finalized
    approximately an hour after successful webhook delivery or when payment
    collection is attempted for the invoice. If the invoice has not been finalized
    yet, this will be null.
    """

    footer: NotRequired[str | None]
    """Footer displayed on the invoice."""

    from_invoice: NotRequired[InvoicesFromInvoice | None]
    """Details of the invoice that was cloned. See the [revision
    documentation](https://stripe.com/docs/invoicing/invoice-revisions) for more
    details.
    """

    hosted_invoice_url: NotRequired[str | None]
    """The URL for the hosted invoice page, which allows customers to view and pay an
    invoice. If the invoice has not been finalized yet, this will be null.
    """

    id: NotRequired[str]
    """Unique identifier for the object. This property is always present unless the
    invoice is an upcoming invoice. See [Retrieve an upcoming
    invoice](https://stripe.com/docs/api/invoices/upcoming) for more details.
    """

    invoice_pdf: NotRequired[str | None]
    """The link to download the PDF for the invoice. If the invoice has not been
    finalized yet, this will be null.
    """

    last_finalization_error: NotRequired[ApiErrors | None]
    """The error encountered during the previous attempt to finalize the invoice. This
    field is cleared when the invoice is successfully finalized.
    """

    latest_revision: NotRequired[str | Invoice | None]
    """The ID of the most recent non-draft revision of this invoice"""

    lines: InvoiceLines
    """The individual line items that make up the invoice. `lines` is sorted as follows:
    (1) pending invoice items (including prorations) in reverse chronological order,
    (2) subscription items in reverse chronological order, and (3) invoice items
    added after invoice creation in chronological order.
    """

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    next_payment_attempt: NotRequired[int | None]
    """The time at which payment will next be attempted. This value will be `null` for
    invoices where `collection_method=send_invoice`.
    """

    number: NotRequired[str | None]
    """A unique, identifying string that appears on emails sent to the customer for this
    invoice. This starts with the customer's unique invoice_prefix if it is
    specified.
    """

    object: Literal["invoice"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    on_behalf_of: NotRequired[str | Account | None]
    """The account (if any) for which the funds of the invoice payment are intended. If
    set, the invoice will be presented with the branding and support information of
    the specified account. See the [Invoices with
    Connect](https://stripe.com/docs/billing/invoices/connect) documentation for
    details.
    """

    paid: bool
    """Whether payment was successfully collected for this invoice. An invoice can be
    paid (most commonly) with a charge or with credit from the customer's account
    balance.
    """

    paid_out_of_band: bool
    """Returns true if the invoice was manually marked paid, returns false if the
    invoice hasn't been paid yet or was paid on Stripe.
    """

    payment_intent: NotRequired[str | PaymentIntent | None]
    """The PaymentIntent associated with this invoice. The PaymentIntent is generated
    when the invoice is finalized, and can then be used to pay the invoice. Note that
    voiding an invoice will cancel the PaymentIntent.
    """

    payment_settings: InvoicesPaymentSettings
    period_end: int
    """End of the usage period during which invoice items were added to this invoice."""

    period_start: int
    """Start of the usage period during which invoice items were added to this invoice.
    """

    post_payment_credit_notes_amount: int
    """Total amount of all post-payment credit notes issued for this invoice."""

    pre_payment_credit_notes_amount: int
    """Total amount of all pre-payment credit notes issued for this invoice."""

    quote: NotRequired[str | Quote | None]
    """The quote this invoice was generated from."""

    receipt_number: NotRequired[str | None]
    """This is the transaction number that appears on email receipts sent for this
    invoice.
    """

    rendering_options: NotRequired[InvoiceSettingRenderingOptions | None]
    """Options for invoice PDF rendering."""

    shipping_cost: NotRequired[InvoicesShippingCost | None]
    """The details of the cost of shipping, including the ShippingRate applied on the
    invoice.
    """

    shipping_details: NotRequired[Shipping | None]
    """Shipping details for the invoice. The Invoice PDF will use the `shipping_details`
    value if it is set, otherwise the PDF will render the shipping address from the
    customer.
    """

    starting_balance: int
    """Starting customer balance before the invoice is finalized. If the invoice has not
    been finalized yet, this will be the current customer balance. For revision
    invoices, this also includes any customer balance that was applied to the
    original invoice.
    """

    statement_descriptor: NotRequired[str | None]
    """Extra information about an invoice for the customer's credit card statement."""

    status: NotRequired[
        Literal["draft", "open", "paid", "uncollectible", "void"] | None
    ]
    """The status of the invoice, one of `draft`, `open`, `paid`, `uncollectible`, or
    `void`. [Learn
    more](https://stripe.com/docs/billing/invoices/workflow#workflow-overview)
    """

    status_transitions: InvoicesStatusTransitions
    subscription: NotRequired[str | Subscription | None]
    """The subscription that this invoice was prepared for, if any."""

    subscription_details: NotRequired[SubscriptionDetailsData | None]
    """Details about the subscription that created this invoice."""

    subscription_proration_date: NotRequired[int]
    """Only set for upcoming invoices that preview prorations. The time used to
    calculate prorations.
    """

    subtotal: int
    """Total of all subscriptions, invoice items, and prorations on the invoice before
    any invoice level discount or exclusive tax is applied. Item discounts are
    already incorporated
    """

    subtotal_excluding_tax: NotRequired[int | None]
    """The integer amount in cents (or local equivalent) representing the subtotal of
    the invoice before any invoice level discount or tax is applied. Item discounts
    are already incorporated
    """

    tax: NotRequired[int | None]
    """The amount of tax on this invoice. This is the sum of all the tax amounts on this
    invoice.
    """

    test_clock: NotRequired[str | TestHelpersTestClock | None]
    """ID of the test clock this invoice belongs to."""

    threshold_reason: NotRequired[InvoiceThresholdReason]
    total: int
    """Total after discounts and taxes."""

    total_discount_amounts: NotRequired[list[DiscountsResourceDiscountAmount] | None]
    """The aggregate amounts calculated per discount across all line items."""

    total_excluding_tax: NotRequired[int | None]
    """The integer amount in cents (or local equivalent) representing the total amount
    of the invoice including all discounts but excluding all tax.
    """

    total_tax_amounts: list[InvoiceTaxAmount]
    """The aggregate amounts calculated per tax rate for all line items."""

    transfer_data: NotRequired[InvoiceTransferData | None]
    """The account (if any) the payment will be attributed to for tax reporting, and
    where funds from the payment will be transferred to for the invoice.
    """

    webhooks_delivered_at: NotRequired[int | None]
    """Invoices are automatically paid or sent 1 hour after webhooks are delivered, or
    until all webhook delivery attempts have [been
    exhausted](https://stripe.com/docs/billing/webhooks#understand). This field
    tracks the time when webhooks for this invoice were successfully delivered. If
    the invoice had no webhooks to deliver, this will be set while the invoice is
    being created.
    """


class InvoiceInstallmentsCard(TypedDict):
    """The `invoice_installments_card` object."""

    enabled: NotRequired[bool | None]
    """Whether Installments are enabled for this Invoice."""


class InvoiceItemThresholdReason(TypedDict):
    """The `invoice_item_threshold_reason` object."""

    line_item_ids: list[str]
    """The IDs of the line items that triggered the threshold invoice."""

    usage_gte: int
    """The quantity threshold boundary that applied to the given line item."""


class InvoiceLineItemPeriod(TypedDict):
    """The `invoice_line_item_period` object."""

    end: int
    """The end of the period, which must be greater than or equal to the start. This
    value is inclusive.
    """

    start: int
    """The start of the period. This value is inclusive."""


class InvoiceLines(TypedDict):
    """The `invoice.lines` object.

    The individual line items that make up the invoice. `lines` is sorted as follows:
    (1) pending invoice items (including prorations) in reverse chronological order,
    (2) subscription items in reverse chronological order, and (3) invoice items
    added after invoice creation in chronological order.
    """

    data: list[LineItem]
    """Details about each object."""

    has_more: bool
    """True if this list has another page of items after this one that can be fetched.
    """

    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same
    value. Always has the value `list`.
    """

    url: str
    """The URL where this list can be accessed."""


class InvoiceMandateOptionsCard(TypedDict):
    """The `invoice_mandate_options_card` object."""

    amount: NotRequired[int | None]
    """Amount to be charged for future payments."""

    amount_type: NotRequired[Literal["fixed", "maximum"] | None]
    """One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact
    amount to be charged in future payments. If `maximum`, the amount charged can be
    up to the value passed for the `amount` param.
    """

    description: NotRequired[str | None]
    """A description of the mandate or subscription that is meant to be displayed to the
    customer.
    """


class InvoicePaymentMethodOptionsAcssDebit(TypedDict):
    """The `invoice_payment_method_options_acss_debit` object."""

    mandate_options: NotRequired[InvoicePaymentMethodOptionsAcssDebitMandateOptions]
    verification_method: NotRequired[Literal["automatic", "instant", "microdeposits"]]
    """Bank account verification method."""


class InvoicePaymentMethodOptionsAcssDebitMandateOptions(TypedDict):
    """The `invoice_payment_method_options_acss_debit_mandate_options` object."""

    transaction_type: NotRequired[Literal["business", "personal"] | None]
    """Transaction type of the mandate."""


class InvoicePaymentMethodOptionsBancontact(TypedDict):
    """The `invoice_payment_method_options_bancontact` object."""

    preferred_language: Literal["de", "en", "fr", "nl"]
    """Preferred language of the Bancontact authorization page that the customer is
    redirected to.
    """


class InvoicePaymentMethodOptionsCard(TypedDict):
    """The `invoice_payment_method_options_card` object."""

    installments: NotRequired[InvoiceInstallmentsCard]
    request_three_d_secure: NotRequired[Literal["any", "automatic"] | None]
    """We strongly recommend that you rely on our SCA Engine to automatically prompt
    your customers for authentication based on risk level and [other
    requirements](https://stripe.com/docs/strong-customer-authentication). However,
    if you wish to request 3D Secure based on logic from your own fraud engine,
    provide this option. Read our guide on [manually requesting 3D
    Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more
    information on how this configuration interacts with Radar and our SCA Engine.
    """


class InvoicePaymentMethodOptionsCustomerBalance(TypedDict):
    """The `invoice_payment_method_options_customer_balance` object."""

    bank_transfer: NotRequired[InvoicePaymentMethodOptionsCustomerBalanceBankTransfer]
    funding_type: NotRequired[Literal["bank_transfer"] | None]
    """The funding method type to be used when there are not enough funds in the
    customer balance. Permitted values include: `bank_transfer`.
    """


class InvoicePaymentMethodOptionsCustomerBalanceBankTransfer(TypedDict):
    """The `invoice_payment_method_options_customer_balance_bank_transfer` object."""

    eu_bank_transfer: NotRequired[
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer
    ]
    type: NotRequired[str | None]
    """The bank transfer type that can be used for funding. Permitted values include:
    `eu_bank_transfer`, `gb_bank_transfer`, `jp_bank_transfer`, `mx_bank_transfer`,
    or `us_bank_transfer`.
    """


class InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer(TypedDict):
    """The
    `invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer`
    object.
    """

    country: Literal["BE", "DE", "ES", "FR", "IE", "NL"]
    """The desired country code of the bank account information. Permitted values
    include: `BE`, `DE`, `ES`, `FR`, `IE`, or `NL`.
    """


class InvoicePaymentMethodOptionsKonbini(TypedDict):
    """The `invoice_payment_method_options_konbini` object."""


class InvoicePaymentMethodOptionsUsBankAccount(TypedDict):
    """The `invoice_payment_method_options_us_bank_account` object."""

    financial_connections: NotRequired[
        InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions
    ]
    verification_method: NotRequired[Literal["automatic", "instant", "microdeposits"]]
    """Bank account verification method."""


class InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions(TypedDict):
    """The `invoice_payment_method_options_us_bank_account_linked_account_options`
    object.
    """

    permissions: NotRequired[
        list[Literal["balances", "payment_method", "transactions"]]
    ]
    """The list of permissions to request. The `payment_method` permission must be
    included.
    """

    prefetch: NotRequired[list[Literal["balances"]] | None]
    """Data features requested to be retrieved upon account creation."""


class InvoiceSettingCustomField(TypedDict):
    """The `invoice_setting_custom_field` object."""

    name: str
    """The name of the custom field."""

    value: str
    """The value of the custom field."""


class InvoiceSettingCustomerSetting(TypedDict):
    """The `invoice_setting_customer_setting` object."""

    custom_fields: NotRequired[list[InvoiceSettingCustomField] | None]
    """Default custom fields to be displayed on invoices for this customer."""

    default_payment_method: NotRequired[str | PaymentMethod | None]
    """ID of a payment method that's attached to the customer, to be used as the
    customer's default payment method for subscriptions and invoices.
    """

    footer: NotRequired[str | None]
    """Default footer to be displayed on invoices for this customer."""

    rendering_options: NotRequired[InvoiceSettingRenderingOptions | None]
    """Default options for invoice PDF rendering for this customer."""


class InvoiceSettingQuoteSetting(TypedDict):
    """The `invoice_setting_quote_setting` object."""

    days_until_due: NotRequired[int | None]
    """Number of days within which a customer must pay invoices generated by this quote.
    This value will be `null` for quotes where
    `collection_method=charge_automatically`.
    """


class InvoiceSettingRenderingOptions(TypedDict):
    """The `invoice_setting_rendering_options` object."""

    amount_tax_display: NotRequired[str | None]
    """How line-item prices and amounts will be displayed with respect to tax on invoice
    PDFs.
    """


class InvoiceSettingSubscriptionSchedulePhaseSetting(TypedDict):
    """The `invoice_setting_subscription_schedule_phase_setting` object."""

    days_until_due: NotRequired[int | None]
    """Number of days within which a customer must pay invoices generated by this
    subscription schedule. This value will be `null` for subscription schedules where
    `billing=charge_automatically`.
    """


class InvoiceSettingSubscriptionScheduleSetting(TypedDict):
    """The `invoice_setting_subscription_schedule_setting` object."""

    days_until_due: NotRequired[int | None]
    """Number of days within which a customer must pay invoices generated by this
    subscription schedule. This value will be `null` for subscription schedules where
    `billing=charge_automatically`.
    """


class InvoiceTaxAmount(TypedDict):
    """The `invoice_tax_amount` object."""

    amount: int
    """The amount, in cents (or local equivalent), of the tax."""

    inclusive: bool
    """Whether this tax amount is inclusive or exclusive."""

    tax_rate: str | TaxRate
    """The tax rate that was applied to get this tax amount."""

    taxability_reason: NotRequired[
        Literal[
            "customer_exempt",
            "not_collecting",
            "not_subject_to_tax",
            "not_supported",
            "portion_product_exempt",
            "portion_reduced_rated",
            "portion_standard_rated",
            "product_exempt",
            "product_exempt_holiday",
            "proportionally_rated",
            "reduced_rated",
            "reverse_charge",
            "standard_rated",
            "taxable_basis_reduced",
            "zero_rated",
        ]
        | None
    ]
    """The reasoning behind this tax, for example, if the product is tax exempt. The
    possible values for this field may be extended as new tax rules are supported.
    """

    taxable_amount: NotRequired[int | None]
    """The amount on which tax is calculated, in cents (or local equivalent)."""


class InvoiceThresholdReason(TypedDict):
    """The `invoice_threshold_reason` object."""

    amount_gte: NotRequired[int | None]
    """The total invoice amount threshold boundary if it triggered the threshold
    invoice.
    """

    item_reasons: list[InvoiceItemThresholdReason]
    """Indicates which line items triggered a threshold invoice."""


class InvoiceTransferData(TypedDict):
    """The `invoice_transfer_data` object."""

    amount: NotRequired[int | None]
    """The amount in cents (or local equivalent) that will be transferred to the
    destination account when the invoice is paid. By default, the entire amount is
    transferred to the destination.
    """

    destination: str | Account
    """The account where funds from the payment will be transferred to upon payment
    success.
    """


class Invoiceitem(TypedDict):
    """The `invoiceitem` object.

    Invoice Items represent the component lines of an
    [invoice](https://stripe.com/docs/api/invoices). An invoice item is added to an
    invoice by creating or updating it with an `invoice` field, at which point it
    will be included as [an invoice line
    item](https://stripe.com/docs/api/invoices/line_item) within
    [invoice.lines](https://stripe.com/docs/api/invoices/object#invoice_object-lines).

    Invoice Items can be created before you are ready to actually send the invoice.
    This can be particularly useful when combined with a
    [subscription](https://stripe.com/docs/api/subscriptions). Sometimes you want to
    add a charge or credit to a customer, but actually charge or credit the
    customer’s card only at the end of a regular billing cycle. This is useful for
    combining several charges (to minimize per-transaction fees), or for having
    Stripe tabulate your usage-based billing totals.

    Related guides: [Integrate with the Invoicing
    API](https://stripe.com/docs/invoicing/integration), [Subscription
    Invoices](https://stripe.com/docs/billing/invoices/subscription#adding-upcoming-invoice-items).
    """

    amount: int
    """Amount (in the `currency` specified) of the invoice item. This should always be
    equal to `unit_amount * quantity`.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    customer: str | Customer | DeletedCustomer
    """The ID of the customer who will be billed when this invoice item is billed."""

    date: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    """

    discountable: bool
    """If true, discounts will apply to this invoice item. Always false for prorations.
    """

    discounts: NotRequired[list[str | Discount] | None]
    """The discounts which apply to the invoice item. Item discounts are applied before
    invoice discounts. Use `expand[]=discounts` to expand each discount.
    """

    id: str
    """Unique identifier for the object."""

    invoice: NotRequired[str | Invoice | None]
    """The ID of the invoice this invoice item belongs to."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["invoiceitem"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    period: InvoiceLineItemPeriod
    price: NotRequired[Price | None]
    """The price of the invoice item."""

    proration: bool
    """Whether the invoice item was created automatically as a proration adjustment when
    the customer switched plans.
    """

    quantity: int
    """Quantity of units for the invoice item. If the invoice item is a proration, the
    quantity of the subscription that the proration was computed for.
    """

    subscription: NotRequired[str | Subscription | None]
    """The subscription that this invoice item has been created for, if any."""

    subscription_item: NotRequired[str]
    """The subscription item that this invoice item has been created for, if any."""

    tax_rates: NotRequired[list[TaxRate] | None]
    """The tax rates which apply to the invoice item. When set, the `default_tax_rates`
    on the invoice do not apply to this invoice item.
    """

    test_clock: NotRequired[str | TestHelpersTestClock | None]
    """ID of the test clock this invoice item belongs to."""

    unit_amount: NotRequired[int | None]
    """Unit amount (in the `currency` specified) of the invoice item."""

    unit_amount_decimal: NotRequired[str | None]
    """Same as `unit_amount`, but contains a decimal value with at most 12 decimal
    places.
    """


class InvoicesFromInvoice(TypedDict):
    """The `invoices_from_invoice` object."""

    action: str
    """The relation between this invoice and the cloned invoice"""

    invoice: str | Invoice
    """The invoice that was cloned."""


class InvoicesPaymentMethodOptions(TypedDict):
    """The `invoices_payment_method_options` object."""

    acss_debit: NotRequired[InvoicePaymentMethodOptionsAcssDebit | None]
    """If paying by `acss_debit`, this sub-hash contains details about the Canadian
    pre-authorized debit payment method options to pass to the invoice’s
    PaymentIntent.
    """

    bancontact: NotRequired[InvoicePaymentMethodOptionsBancontact | None]
    """If paying by `bancontact`, this sub-hash contains details about the Bancontact
    payment method options to pass to the invoice’s PaymentIntent.
    """

    card: NotRequired[InvoicePaymentMethodOptionsCard | None]
    """If paying by `card`, this sub-hash contains details about the Card payment method
    options to pass to the invoice’s PaymentIntent.
    """

    customer_balance: NotRequired[InvoicePaymentMethodOptionsCustomerBalance | None]
    """If paying by `customer_balance`, this sub-hash contains details about the Bank
    transfer payment method options to pass to the invoice’s PaymentIntent.
    """

    konbini: NotRequired[InvoicePaymentMethodOptionsKonbini | None]
    """If paying by `konbini`, this sub-hash contains details about the Konbini payment
    method options to pass to the invoice’s PaymentIntent.
    """

    us_bank_account: NotRequired[InvoicePaymentMethodOptionsUsBankAccount | None]
    """If paying by `us_bank_account`, this sub-hash contains details about the ACH
    direct debit payment method options to pass to the invoice’s PaymentIntent.
    """


class InvoicesPaymentSettings(TypedDict):
    """The `invoices_payment_settings` object."""

    default_mandate: NotRequired[str | None]
    """ID of the mandate to be used for this invoice. It must correspond to the payment
    method used to pay the invoice, including the invoice's default_payment_method or
    default_source, if set.
    """

    payment_method_options: NotRequired[InvoicesPaymentMethodOptions | None]
    """Payment-method-specific configuration to provide to the invoice’s PaymentIntent.
    """

    payment_method_types: NotRequired[
        list[
            Literal[
                "ach_credit_transfer",
                "ach_debit",
                "acss_debit",
                "au_becs_debit",
                "bacs_debit",
                "bancontact",
                "boleto",
                "card",
                "cashapp",
                "customer_balance",
                "fpx",
                "giropay",
                "grabpay",
                "ideal",
                "konbini",
                "link",
                "paynow",
                "paypal",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
            ]
        ]
        | None
    ]
    """The list of payment method types (e.g. card) to provide to the invoice’s
    PaymentIntent. If not set, Stripe attempts to automatically determine the types
    to use by looking at the invoice’s default payment method, the subscription’s
    default payment method, the customer’s default payment method, and your [invoice
    template settings](https://dashboard.stripe.com/settings/billing/invoice).
    """


class InvoicesResourceInvoiceTaxId(TypedDict):
    """The `invoices_resource_invoice_tax_id` object."""

    type: Literal[
        "ad_nrt",
        "ae_trn",
        "ar_cuit",
        "au_abn",
        "au_arn",
        "bg_uic",
        "bo_tin",
        "br_cnpj",
        "br_cpf",
        "ca_bn",
        "ca_gst_hst",
        "ca_pst_bc",
        "ca_pst_mb",
        "ca_pst_sk",
        "ca_qst",
        "ch_vat",
        "cl_tin",
        "cn_tin",
        "co_nit",
        "cr_tin",
        "do_rcn",
        "ec_ruc",
        "eg_tin",
        "es_cif",
        "eu_oss_vat",
        "eu_vat",
        "gb_vat",
        "ge_vat",
        "hk_br",
        "hu_tin",
        "id_npwp",
        "il_vat",
        "in_gst",
        "is_vat",
        "jp_cn",
        "jp_rn",
        "jp_trn",
        "ke_pin",
        "kr_brn",
        "li_uid",
        "mx_rfc",
        "my_frp",
        "my_itn",
        "my_sst",
        "no_vat",
        "nz_gst",
        "pe_ruc",
        "ph_tin",
        "ro_tin",
        "rs_pib",
        "ru_inn",
        "ru_kpp",
        "sa_vat",
        "sg_gst",
        "sg_uen",
        "si_tin",
        "sv_nit",
        "th_vat",
        "tr_tin",
        "tw_vat",
        "ua_vat",
        "unknown",
        "us_ein",
        "uy_ruc",
        "ve_rif",
        "vn_tin",
        "za_vat",
    ]
    """The type of the tax ID, one of `ad_nrt`, `ar_cuit`, `eu_vat`, `bo_tin`,
    `br_cnpj`, `br_cpf`, `cn_tin`, `co_nit`, `cr_tin`, `do_rcn`, `ec_ruc`,
    `eu_oss_vat`, `pe_ruc`, `ro_tin`, `rs_pib`, `sv_nit`, `uy_ruc`, `ve_rif`,
    `vn_tin`, `gb_vat`, `nz_gst`, `au_abn`, `au_arn`, `in_gst`, `no_vat`, `za_vat`,
    `ch_vat`, `mx_rfc`, `sg_uen`, `ru_inn`, `ru_kpp`, `ca_bn`, `hk_br`, `es_cif`,
    `tw_vat`, `th_vat`, `jp_cn`, `jp_rn`, `jp_trn`, `li_uid`, `my_itn`, `us_ein`,
    `kr_brn`, `ca_qst`, `ca_gst_hst`, `ca_pst_bc`, `ca_pst_mb`, `ca_pst_sk`,
    `my_sst`, `sg_gst`, `ae_trn`, `cl_tin`, `sa_vat`, `id_npwp`, `my_frp`, `il_vat`,
    `ge_vat`, `ua_vat`, `is_vat`, `bg_uic`, `hu_tin`, `si_tin`, `ke_pin`, `tr_tin`,
    `eg_tin`, `ph_tin`, or `unknown`
    """

    value: NotRequired[str | None]
    """The value of the tax ID."""


class InvoicesResourceLineItemsCreditedItems(TypedDict):
    """The `invoices_resource_line_items_credited_items` object."""

    invoice: str
    """Invoice containing the credited invoice line items"""

    invoice_line_items: list[str]
    """Credited invoice line items"""


class InvoicesResourceLineItemsProrationDetails(TypedDict):
    """The `invoices_resource_line_items_proration_details` object."""

    credited_items: NotRequired[InvoicesResourceLineItemsCreditedItems | None]
    """For a credit proration `line_item`, the original debit line_items to which the
    credit proration applies.
    """


class InvoicesShippingCost(TypedDict):
    """The `invoices_shipping_cost` object."""

    amount_subtotal: int
    """Total shipping cost before any taxes are applied."""

    amount_tax: int
    """Total tax amount applied due to shipping costs. If no tax was applied, defaults
    to 0.
    """

    amount_total: int
    """Total shipping cost after taxes are applied."""

    shipping_rate: NotRequired[str | ShippingRate | None]
    """The ID of the ShippingRate for this invoice."""

    taxes: NotRequired[list[LineItemsTaxAmount]]
    """The taxes applied to the shipping rate."""


class InvoicesStatusTransitions(TypedDict):
    """The `invoices_status_transitions` object."""

    finalized_at: NotRequired[int | None]
    """The time that the invoice draft was finalized."""

    marked_uncollectible_at: NotRequired[int | None]
    """The time that the invoice was marked uncollectible."""

    paid_at: NotRequired[int | None]
    """The time that the invoice was paid."""

    voided_at: NotRequired[int | None]
    """The time that the invoice was voided."""


class IssuingAuthorization(TypedDict):
    """The `issuing.authorization` object.

    When an [issued card](https://stripe.com/docs/issuing) is used to make a
    purchase, an Issuing `Authorization` object is created.
    [Authorizations](https://stripe.com/docs/issuing/purchases/authorizations) must
    be approved for the purchase to be completed successfully.

    Related guide: [Issued card
    authorizations](https://stripe.com/docs/issuing/purchases/authorizations)
    """

    amount: int
    """The total amount that was authorized or rejected. This amount is in the card's
    currency and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    amount_details: NotRequired[IssuingAuthorizationAmountDetails | None]
    """Detailed breakdown of amount components. These amounts are denominated in
    `currency` and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    approved: bool
    """Whether the authorization has been approved."""

    authorization_method: Literal["chip", "contactless", "keyed_in", "online", "swipe"]
    """How the card details were provided."""

    balance_transactions: list[BalanceTransaction]
    """List of balance transactions associated with this authorization."""

    card: IssuingCard
    cardholder: NotRequired[str | IssuingCardholder | None]
    """The cardholder to whom this authorization belongs."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    merchant_amount: int
    """The total amount that was authorized or rejected. This amount is in the
    `merchant_currency` and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    merchant_currency: str
    """The currency that was presented to the cardholder for the authorization.
    Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    merchant_data: IssuingAuthorizationMerchantData
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    network_data: NotRequired[IssuingAuthorizationNetworkData | None]
    """Details about the authorization, such as identifiers, set by the card network."""

    object: Literal["issuing.authorization"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    pending_request: NotRequired[IssuingAuthorizationPendingRequest | None]
    """The pending authorization request. This field will only be non-null during an
    `issuing_authorization.request` webhook.
    """

    request_history: list[IssuingAuthorizationRequest]
    """History of every time a `pending_request` authorization was approved/declined,
    either by you directly or by Stripe (e.g. based on your spending_controls). If
    the merchant changes the authorization by performing an incremental
    authorization, you can look at this field to see the previous requests for the
    authorization. This field can be helpful in determining why a given authorization
    was approved/declined.
    """

    status: Literal["closed", "pending", "reversed"]
    """The current status of the authorization in its lifecycle."""

    transactions: list[IssuingTransaction]
    """List of [transactions](https://stripe.com/docs/api/issuing/transactions)
    associated with this authorization.
    """

    treasury: NotRequired[IssuingAuthorizationTreasury | None]
    """[Treasury](https://stripe.com/docs/api/treasury) details related to this
    authorization if it was created on a
    [FinancialAccount](https://stripe.com/docs/api/treasury/financial_accounts).
    """

    verification_data: IssuingAuthorizationVerificationData
    wallet: NotRequired[str | None]
    """The digital wallet used for this transaction. One of `apple_pay`, `google_pay`,
    or `samsung_pay`. Will populate as `null` when no digital wallet was utilized.
    """


class IssuingAuthorizationAmountDetails(TypedDict):
    """The `issuing_authorization_amount_details` object."""

    atm_fee: NotRequired[int | None]
    """The fee charged by the ATM for the cash withdrawal."""

    cashback_amount: NotRequired[int | None]
    """The amount of cash requested by the cardholder."""


class IssuingAuthorizationMerchantData(TypedDict):
    """The `issuing_authorization_merchant_data` object."""

    category: str
    """A categorization of the seller's type of business. See our [merchant categories
    guide](https://stripe.com/docs/issuing/merchant-categories) for a list of
    possible values.
    """

    category_code: str
    """The merchant category code for the seller’s business"""

    city: NotRequired[str | None]
    """City where the seller is located"""

    country: NotRequired[str | None]
    """Country where the seller is located"""

    name: NotRequired[str | None]
    """Name of the seller"""

    network_id: str
    """Identifier assigned to the seller by the card network. Different card networks
    may assign different network_id fields to the same merchant.
    """

    postal_code: NotRequired[str | None]
    """Postal code where the seller is located"""

    state: NotRequired[str | None]
    """State where the seller is located"""

    terminal_id: NotRequired[str | None]
    """An ID assigned by the seller to the location of the sale."""


class IssuingAuthorizationNetworkData(TypedDict):
    """The `issuing_authorization_network_data` object."""

    acquiring_institution_id: NotRequired[str | None]
    """Identifier assigned to the acquirer by the card network. Sometimes this value is
    not provided by the network; in this case, the value will be `null`.
    """


class IssuingAuthorizationPendingRequest(TypedDict):
    """The `issuing_authorization_pending_request` object."""

    amount: int
    """The additional amount Stripe will hold if the authorization is approved, in the
    card's
    [currency](https://stripe.com/docs/api#issuing_authorization_object-pending-request-currency)
    and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    amount_details: NotRequired[IssuingAuthorizationAmountDetails | None]
    """Detailed breakdown of amount components. These amounts are denominated in
    `currency` and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    is_amount_controllable: bool
    """If set `true`, you may provide
    [amount](https://stripe.com/docs/api/issuing/authorizations/approve#approve_issuing_authorization-amount)
    to control how much to hold for the authorization.
    """

    merchant_amount: int
    """The amount the merchant is requesting to be authorized in the
    `merchant_currency`. The amount is in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    merchant_currency: str
    """The local currency the merchant is requesting to authorize."""


class IssuingAuthorizationRequest(TypedDict):
    """The `issuing_authorization_request` object."""

    amount: int
    """The `pending_request.amount` at the time of the request, presented in your card's
    currency and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal). Stripe held this amount
    from your account to fund the authorization if the request was approved.
    """

    amount_details: NotRequired[IssuingAuthorizationAmountDetails | None]
    """Detailed breakdown of amount components. These amounts are denominated in
    `currency` and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    approved: bool
    """Whether this request was approved."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    merchant_amount: int
    """The `pending_request.merchant_amount` at the time of the request, presented in
    the `merchant_currency` and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    merchant_currency: str
    """The currency that was collected by the merchant and presented to the cardholder
    for the authorization. Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    reason: Literal[
        "account_disabled",
        "card_active",
        "card_inactive",
        "cardholder_inactive",
        "cardholder_verification_required",
        "insufficient_funds",
        "not_allowed",
        "spending_controls",
        "suspected_fraud",
        "verification_failed",
        "webhook_approved",
        "webhook_declined",
        "webhook_error",
        "webhook_timeout",
    ]
    """When an authorization is approved or declined by you or by Stripe, this field
    provides additional detail on the reason for the outcome.
    """

    reason_message: NotRequired[str | None]
    """If approve/decline decision is directly responsed to the webhook with json
    payload and if the response is invalid (e.g., parsing errors), we surface the
    detailed message via this field.
    """


class IssuingAuthorizationTreasury(TypedDict):
    """The `issuing_authorization_treasury` object."""

    received_credits: list[str]
    """The array of
    [ReceivedCredits](https://stripe.com/docs/api/treasury/received_credits)
    associated with this authorization
    """

    received_debits: list[str]
    """The array of
    [ReceivedDebits](https://stripe.com/docs/api/treasury/received_debits) associated
    with this authorization
    """

    transaction: NotRequired[str | None]
    """The Treasury [Transaction](https://stripe.com/docs/api/treasury/transactions)
    associated with this authorization
    """


class IssuingAuthorizationVerificationData(TypedDict):
    """The `issuing_authorization_verification_data` object."""

    address_line1_check: Literal["match", "mismatch", "not_provided"]
    """Whether the cardholder provided an address first line and if it matched the
    cardholder’s `billing.address.line1`.
    """

    address_postal_code_check: Literal["match", "mismatch", "not_provided"]
    """Whether the cardholder provided a postal code and if it matched the cardholder’s
    `billing.address.postal_code`.
    """

    cvc_check: Literal["match", "mismatch", "not_provided"]
    """Whether the cardholder provided a CVC and if it matched Stripe’s record."""

    expiry_check: Literal["match", "mismatch", "not_provided"]
    """Whether the cardholder provided an expiry date and if it matched Stripe’s record.
    """


class IssuingCard(TypedDict):
    """The `issuing.card` object.

    You can [create physical or virtual cards](https://stripe.com/docs/issuing/cards)
    that are issued to cardholders.
    """

    brand: str
    """The brand of the card."""

    cancellation_reason: NotRequired[
        Literal["design_rejected", "lost", "stolen"] | None
    ]
    """The reason why the card was canceled."""

    cardholder: IssuingCardholder
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Supported
    currencies are `usd` in the US, `eur` in the EU, and `gbp` in the UK.
    """

    cvc: NotRequired[str]
    """The card's CVC. For security reasons, this is only available for virtual cards,
    and will be omitted unless you explicitly request it with [the `expand`
    parameter](https://stripe.com/docs/api/expanding_objects). Additionally, it's
    only available via the ["Retrieve a card"
    endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all
    cards" or any other endpoint.
    """

    exp_month: int
    """The expiration month of the card."""

    exp_year: int
    """The expiration year of the card."""

    financial_account: NotRequired[str | None]
    """The financial account this card is attached to."""

    id: str
    """Unique identifier for the object."""

    last4: str
    """The last 4 digits of the card number."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    number: NotRequired[str]
    """The full unredacted card number. For security reasons, this is only available for
    virtual cards, and will be omitted unless you explicitly request it with [the
    `expand` parameter](https://stripe.com/docs/api/expanding_objects). Additionally,
    it's only available via the ["Retrieve a card"
    endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all
    cards" or any other endpoint.
    """

    object: Literal["issuing.card"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    replaced_by: NotRequired[str | IssuingCard | None]
    """The latest card that replaces this card, if any."""

    replacement_for: NotRequired[str | IssuingCard | None]
    """The card this card replaces, if any."""

    replacement_reason: NotRequired[
        Literal["damaged", "expired", "lost", "stolen"] | None
    ]
    """The reason why the previous card needed to be replaced."""

    shipping: NotRequired[IssuingCardShipping | None]
    """Where and how the card will be shipped."""

    spending_controls: IssuingCardAuthorizationControls
    status: Literal["active", "canceled", "inactive"]
    """Whether authorizations can be approved on this card. May be blocked from
    activating cards depending on past-due Cardholder requirements. Defaults to
    `inactive`.
    """

    type: Literal["physical", "virtual"]
    """The type of the card."""

    wallets: NotRequired[IssuingCardWallets | None]
    """Information relating to digital wallets (like Apple Pay and Google Pay)."""


class IssuingCardApplePay(TypedDict):
    """The `issuing_card_apple_pay` object."""

    eligible: bool
    """Apple Pay Eligibility"""

    ineligible_reason: NotRequired[
        Literal["missing_agreement", "missing_cardholder_contact", "unsupported_region"]
        | None
    ]
    """Reason the card is ineligible for Apple Pay"""


class IssuingCardAuthorizationControls(TypedDict):
    """The `issuing_card_authorization_controls` object."""

    allowed_categories: NotRequired[
        list[
            Literal[
                "ac_refrigeration_repair",
                "accounting_bookkeeping_services",
                "advertising_services",
                "agricultural_cooperative",
                "airlines_air_carriers",
                "airports_flying_fields",
                "ambulance_services",
                "amusement_parks_carnivals",
                "antique_reproductions",
                "antique_shops",
                "aquariums",
                "architectural_surveying_services",
                "art_dealers_and_galleries",
                "artists_supply_and_craft_shops",
                "auto_and_home_supply_stores",
                "auto_body_repair_shops",
                "auto_paint_shops",
                "auto_service_shops",
                "automated_cash_disburse",
                "automated_fuel_dispensers",
                "automobile_associations",
                "automotive_parts_and_accessories_stores",
                "automotive_tire_stores",
                "bail_and_bond_payments",
                "bakeries",
                "bands_orchestras",
                "barber_and_beauty_shops",
                "betting_casino_gambling",
                "bicycle_shops",
                "billiard_pool_establishments",
                "boat_dealers",
                "boat_rentals_and_leases",
                "book_stores",
                "books_periodicals_and_newspapers",
                "bowling_alleys",
                "bus_lines",
                "business_secretarial_schools",
                "buying_shopping_services",
                "cable_satellite_and_other_pay_television_and_radio",
                "camera_and_photographic_supply_stores",
                "candy_nut_and_confectionery_stores",
                "car_and_truck_dealers_new_used",
                "car_and_truck_dealers_used_only",
                "car_rental_agencies",
                "car_washes",
                "carpentry_services",
                "carpet_upholstery_cleaning",
                "caterers",
                "charitable_and_social_service_organizations_fundraising",
                "chemicals_and_allied_products",
                "child_care_services",
                "childrens_and_infants_wear_stores",
                "chiropodists_podiatrists",
                "chiropractors",
                "cigar_stores_and_stands",
                "civic_social_fraternal_associations",
                "cleaning_and_maintenance",
                "clothing_rental",
                "colleges_universities",
                "commercial_equipment",
                "commercial_footwear",
                "commercial_photography_art_and_graphics",
                "commuter_transport_and_ferries",
                "computer_network_services",
                "computer_programming",
                "computer_repair",
                "computer_software_stores",
                "computers_peripherals_and_software",
                "concrete_work_services",
                "construction_materials",
                "consulting_public_relations",
                "correspondence_schools",
                "cosmetic_stores",
                "counseling_services",
                "country_clubs",
                "courier_services",
                "court_costs",
                "credit_reporting_agencies",
                "cruise_lines",
                "dairy_products_stores",
                "dance_hall_studios_schools",
                "dating_escort_services",
                "dentists_orthodontists",
                "department_stores",
                "detective_agencies",
                "digital_goods_applications",
                "digital_goods_games",
                "digital_goods_large_volume",
                "digital_goods_media",
                "direct_marketing_catalog_merchant",
                "direct_marketing_combination_catalog_and_retail_merchant",
                "direct_marketing_inbound_telemarketing",
                "direct_marketing_insurance_services",
                "direct_marketing_other",
                "direct_marketing_outbound_telemarketing",
                "direct_marketing_subscription",
                "direct_marketing_travel",
                "discount_stores",
                "doctors",
                "door_to_door_sales",
                "drapery_window_covering_and_upholstery_stores",
                "drinking_places",
                "drug_stores_and_pharmacies",
                "drugs_drug_proprietaries_and_druggist_sundries",
                "dry_cleaners",
                "durable_goods",
                "duty_free_stores",
                "eating_places_restaurants",
                "educational_services",
                "electric_razor_stores",
                "electric_vehicle_charging",
                "electrical_parts_and_equipment",
                "electrical_services",
                "electronics_repair_shops",
                "electronics_stores",
                "elementary_secondary_schools",
                "emergency_services_gcas_visa_use_only",
                "employment_temp_agencies",
                "equipment_rental",
                "exterminating_services",
                "family_clothing_stores",
                "fast_food_restaurants",
                "financial_institutions",
                "fines_government_administrative_entities",
                "fireplace_fireplace_screens_and_accessories_stores",
                "floor_covering_stores",
                "florists",
                "florists_supplies_nursery_stock_and_flowers",
                "freezer_and_locker_meat_provisioners",
                "fuel_dealers_non_automotive",
                "funeral_services_crematories",
                "furniture_home_furnishings_and_equipment_stores_except_appliances",
                "furniture_repair_refinishing",
                "furriers_and_fur_shops",
                "general_services",
                "gift_card_novelty_and_souvenir_shops",
                "glass_paint_and_wallpaper_stores",
                "glassware_crystal_stores",
                "golf_courses_public",
                "government_licensed_horse_dog_racing_us_region_only",
                "government_licensed_online_casions_online_gambling_us_region_only",
                "government_owned_lotteries_non_us_region",
                "government_owned_lotteries_us_region_only",
                "government_services",
                "grocery_stores_supermarkets",
                "hardware_equipment_and_supplies",
                "hardware_stores",
                "health_and_beauty_spas",
                "hearing_aids_sales_and_supplies",
                "heating_plumbing_a_c",
                "hobby_toy_and_game_shops",
                "home_supply_warehouse_stores",
                "hospitals",
                "hotels_motels_and_resorts",
                "household_appliance_stores",
                "industrial_supplies",
                "information_retrieval_services",
                "insurance_default",
                "insurance_underwriting_premiums",
                "intra_company_purchases",
                "jewelry_stores_watches_clocks_and_silverware_stores",
                "landscaping_services",
                "laundries",
                "laundry_cleaning_services",
                "legal_services_attorneys",
                "luggage_and_leather_goods_stores",
                "lumber_building_materials_stores",
                "manual_cash_disburse",
                "marinas_service_and_supplies",
                "marketplaces",
                "masonry_stonework_and_plaster",
                "massage_parlors",
                "medical_and_dental_labs",
                "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
                "medical_services",
                "membership_organizations",
                "mens_and_boys_clothing_and_accessories_stores",
                "mens_womens_clothing_stores",
                "metal_service_centers",
                "miscellaneous",
                "miscellaneous_apparel_and_accessory_shops",
                "miscellaneous_auto_dealers",
                "miscellaneous_business_services",
                "miscellaneous_food_stores",
                "miscellaneous_general_merchandise",
                "miscellaneous_general_services",
                "miscellaneous_home_furnishing_specialty_stores",
                "miscellaneous_publishing_and_printing",
                "miscellaneous_recreation_services",
                "miscellaneous_repair_shops",
                "miscellaneous_specialty_retail",
                "mobile_home_dealers",
                "motion_picture_theaters",
                "motor_freight_carriers_and_trucking",
                "motor_homes_dealers",
                "motor_vehicle_supplies_and_new_parts",
                "motorcycle_shops_and_dealers",
                "motorcycle_shops_dealers",
                "music_stores_musical_instruments_pianos_and_sheet_music",
                "news_dealers_and_newsstands",
                "non_fi_money_orders",
                "non_fi_stored_value_card_purchase_load",
                "nondurable_goods",
                "nurseries_lawn_and_garden_supply_stores",
                "nursing_personal_care",
                "office_and_commercial_furniture",
                "opticians_eyeglasses",
                "optometrists_ophthalmologist",
                "orthopedic_goods_prosthetic_devices",
                "osteopaths",
                "package_stores_beer_wine_and_liquor",
                "paints_varnishes_and_supplies",
                "parking_lots_garages",
                "passenger_railways",
                "pawn_shops",
                "pet_shops_pet_food_and_supplies",
                "petroleum_and_petroleum_products",
                "photo_developing",
                "photographic_photocopy_microfilm_equipment_and_supplies",
                "photographic_studios",
                "picture_video_production",
                "piece_goods_notions_and_other_dry_goods",
                "plumbing_heating_equipment_and_supplies",
                "political_organizations",
                "postal_services_government_only",
                "precious_stones_and_metals_watches_and_jewelry",
                "professional_services",
                "public_warehousing_and_storage",
                "quick_copy_repro_and_blueprint",
                "railroads",
                "real_estate_agents_and_managers_rentals",
                "record_stores",
                "recreational_vehicle_rentals",
                "religious_goods_stores",
                "religious_organizations",
                "roofing_siding_sheet_metal",
                "secretarial_support_services",
                "security_brokers_dealers",
                "service_stations",
                "sewing_needlework_fabric_and_piece_goods_stores",
                "shoe_repair_hat_cleaning",
                "shoe_stores",
                "small_appliance_repair",
                "snowmobile_dealers",
                "special_trade_services",
                "specialty_cleaning",
                "sporting_goods_stores",
                "sporting_recreation_camps",
                "sports_and_riding_apparel_stores",
                "sports_clubs_fields",
                "stamp_and_coin_stores",
                "stationary_office_supplies_printing_and_writing_paper",
                "stationery_stores_office_and_school_supply_stores",
                "swimming_pools_sales",
                "t_ui_travel_germany",
                "tailors_alterations",
                "tax_payments_government_agencies",
                "tax_preparation_services",
                "taxicabs_limousines",
                "telecommunication_equipment_and_telephone_sales",
                "telecommunication_services",
                "telegraph_services",
                "tent_and_awning_shops",
                "testing_laboratories",
                "theatrical_ticket_agencies",
                "timeshares",
                "tire_retreading_and_repair",
                "tolls_bridge_fees",
                "tourist_attractions_and_exhibits",
                "towing_services",
                "trailer_parks_campgrounds",
                "transportation_services",
                "travel_agencies_tour_operators",
                "truck_stop_iteration",
                "truck_utility_trailer_rentals",
                "typesetting_plate_making_and_related_services",
                "typewriter_stores",
                "u_s_federal_government_agencies_or_departments",
                "uniforms_commercial_clothing",
                "used_merchandise_and_secondhand_stores",
                "utilities",
                "variety_stores",
                "veterinary_services",
                "video_amusement_game_supplies",
                "video_game_arcades",
                "video_tape_rental_stores",
                "vocational_trade_schools",
                "watch_jewelry_repair",
                "welding_repair",
                "wholesale_clubs",
                "wig_and_toupee_stores",
                "wires_money_orders",
                "womens_accessory_and_specialty_shops",
                "womens_ready_to_wear_stores",
                "wrecking_and_salvage_yards",
            ]
        ]
        | None
    ]
    """Array of strings containing
    [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category)
    of authorizations to allow. All other categories will be blocked. Cannot be set
    with `blocked_categories`.
    """

    blocked_categories: NotRequired[
        list[
            Literal[
                "ac_refrigeration_repair",
                "accounting_bookkeeping_services",
                "advertising_services",
                "agricultural_cooperative",
                "airlines_air_carriers",
                "airports_flying_fields",
                "ambulance_services",
                "amusement_parks_carnivals",
                "antique_reproductions",
                "antique_shops",
                "aquariums",
                "architectural_surveying_services",
                "art_dealers_and_galleries",
                "artists_supply_and_craft_shops",
                "auto_and_home_supply_stores",
                "auto_body_repair_shops",
                "auto_paint_shops",
                "auto_service_shops",
                "automated_cash_disburse",
                "automated_fuel_dispensers",
                "automobile_associations",
                "automotive_parts_and_accessories_stores",
                "automotive_tire_stores",
                "bail_and_bond_payments",
                "bakeries",
                "bands_orchestras",
                "barber_and_beauty_shops",
                "betting_casino_gambling",
                "bicycle_shops",
                "billiard_pool_establishments",
                "boat_dealers",
                "boat_rentals_and_leases",
                "book_stores",
                "books_periodicals_and_newspapers",
                "bowling_alleys",
                "bus_lines",
                "business_secretarial_schools",
                "buying_shopping_services",
                "cable_satellite_and_other_pay_television_and_radio",
                "camera_and_photographic_supply_stores",
                "candy_nut_and_confectionery_stores",
                "car_and_truck_dealers_new_used",
                "car_and_truck_dealers_used_only",
                "car_rental_agencies",
                "car_washes",
                "carpentry_services",
                "carpet_upholstery_cleaning",
                "caterers",
                "charitable_and_social_service_organizations_fundraising",
                "chemicals_and_allied_products",
                "child_care_services",
                "childrens_and_infants_wear_stores",
                "chiropodists_podiatrists",
                "chiropractors",
                "cigar_stores_and_stands",
                "civic_social_fraternal_associations",
                "cleaning_and_maintenance",
                "clothing_rental",
                "colleges_universities",
                "commercial_equipment",
                "commercial_footwear",
                "commercial_photography_art_and_graphics",
                "commuter_transport_and_ferries",
                "computer_network_services",
                "computer_programming",
                "computer_repair",
                "computer_software_stores",
                "computers_peripherals_and_software",
                "concrete_work_services",
                "construction_materials",
                "consulting_public_relations",
                "correspondence_schools",
                "cosmetic_stores",
                "counseling_services",
                "country_clubs",
                "courier_services",
                "court_costs",
                "credit_reporting_agencies",
                "cruise_lines",
                "dairy_products_stores",
                "dance_hall_studios_schools",
                "dating_escort_services",
                "dentists_orthodontists",
                "department_stores",
                "detective_agencies",
                "digital_goods_applications",
                "digital_goods_games",
                "digital_goods_large_volume",
                "digital_goods_media",
                "direct_marketing_catalog_merchant",
                "direct_marketing_combination_catalog_and_retail_merchant",
                "direct_marketing_inbound_telemarketing",
                "direct_marketing_insurance_services",
                "direct_marketing_other",
                "direct_marketing_outbound_telemarketing",
                "direct_marketing_subscription",
                "direct_marketing_travel",
                "discount_stores",
                "doctors",
                "door_to_door_sales",
                "drapery_window_covering_and_upholstery_stores",
                "drinking_places",
                "drug_stores_and_pharmacies",
                "drugs_drug_proprietaries_and_druggist_sundries",
                "dry_cleaners",
                "durable_goods",
                "duty_free_stores",
                "eating_places_restaurants",
                "educational_services",
                "electric_razor_stores",
                "electric_vehicle_charging",
                "electrical_parts_and_equipment",
                "electrical_services",
                "electronics_repair_shops",
                "electronics_stores",
                "elementary_secondary_schools",
                "emergency_services_gcas_visa_use_only",
                "employment_temp_agencies",
                "equipment_rental",
                "exterminating_services",
                "family_clothing_stores",
                "fast_food_restaurants",
                "financial_institutions",
                "fines_government_administrative_entities",
                "fireplace_fireplace_screens_and_accessories_stores",
                "floor_covering_stores",
                "florists",
                "florists_supplies_nursery_stock_and_flowers",
                "freezer_and_locker_meat_provisioners",
                "fuel_dealers_non_automotive",
                "funeral_services_crematories",
                "furniture_home_furnishings_and_equipment_stores_except_appliances",
                "furniture_repair_refinishing",
                "furriers_and_fur_shops",
                "general_services",
                "gift_card_novelty_and_souvenir_shops",
                "glass_paint_and_wallpaper_stores",
                "glassware_crystal_stores",
                "golf_courses_public",
                "government_licensed_horse_dog_racing_us_region_only",
                "government_licensed_online_casions_online_gambling_us_region_only",
                "government_owned_lotteries_non_us_region",
                "government_owned_lotteries_us_region_only",
                "government_services",
                "grocery_stores_supermarkets",
                "hardware_equipment_and_supplies",
                "hardware_stores",
                "health_and_beauty_spas",
                "hearing_aids_sales_and_supplies",
                "heating_plumbing_a_c",
                "hobby_toy_and_game_shops",
                "home_supply_warehouse_stores",
                "hospitals",
                "hotels_motels_and_resorts",
                "household_appliance_stores",
                "industrial_supplies",
                "information_retrieval_services",
                "insurance_default",
                "insurance_underwriting_premiums",
                "intra_company_purchases",
                "jewelry_stores_watches_clocks_and_silverware_stores",
                "landscaping_services",
                "laundries",
                "laundry_cleaning_services",
                "legal_services_attorneys",
                "luggage_and_leather_goods_stores",
                "lumber_building_materials_stores",
                "manual_cash_disburse",
                "marinas_service_and_supplies",
                "marketplaces",
                "masonry_stonework_and_plaster",
                "massage_parlors",
                "medical_and_dental_labs",
                "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
                "medical_services",
                "membership_organizations",
                "mens_and_boys_clothing_and_accessories_stores",
                "mens_womens_clothing_stores",
                "metal_service_centers",
                "miscellaneous",
                "miscellaneous_apparel_and_accessory_shops",
                "miscellaneous_auto_dealers",
                "miscellaneous_business_services",
                "miscellaneous_food_stores",
                "miscellaneous_general_merchandise",
                "miscellaneous_general_services",
                "miscellaneous_home_furnishing_specialty_stores",
                "miscellaneous_publishing_and_printing",
                "miscellaneous_recreation_services",
                "miscellaneous_repair_shops",
                "miscellaneous_specialty_retail",
                "mobile_home_dealers",
                "motion_picture_theaters",
                "motor_freight_carriers_and_trucking",
                "motor_homes_dealers",
                "motor_vehicle_supplies_and_new_parts",
                "motorcycle_shops_and_dealers",
                "motorcycle_shops_dealers",
                "music_stores_musical_instruments_pianos_and_sheet_music",
                "news_dealers_and_newsstands",
                "non_fi_money_orders",
                "non_fi_stored_value_card_purchase_load",
                "nondurable_goods",
                "nurseries_lawn_and_garden_supply_stores",
                "nursing_personal_care",
                "office_and_commercial_furniture",
                "opticians_eyeglasses",
                "optometrists_ophthalmologist",
                "orthopedic_goods_prosthetic_devices",
                "osteopaths",
                "package_stores_beer_wine_and_liquor",
                "paints_varnishes_and_supplies",
                "parking_lots_garages",
                "passenger_railways",
                "pawn_shops",
                "pet_shops_pet_food_and_supplies",
                "petroleum_and_petroleum_products",
                "photo_developing",
                "photographic_photocopy_microfilm_equipment_and_supplies",
                "photographic_studios",
                "picture_video_production",
                "piece_goods_notions_and_other_dry_goods",
                "plumbing_heating_equipment_and_supplies",
                "political_organizations",
                "postal_services_government_only",
                "precious_stones_and_metals_watches_and_jewelry",
                "professional_services",
                "public_warehousing_and_storage",
                "quick_copy_repro_and_blueprint",
                "railroads",
                "real_estate_agents_and_managers_rentals",
                "record_stores",
                "recreational_vehicle_rentals",
                "religious_goods_stores",
                "religious_organizations",
                "roofing_siding_sheet_metal",
                "secretarial_support_services",
                "security_brokers_dealers",
                "service_stations",
                "sewing_needlework_fabric_and_piece_goods_stores",
                "shoe_repair_hat_cleaning",
                "shoe_stores",
                "small_appliance_repair",
                "snowmobile_dealers",
                "special_trade_services",
                "specialty_cleaning",
                "sporting_goods_stores",
                "sporting_recreation_camps",
                "sports_and_riding_apparel_stores",
                "sports_clubs_fields",
                "stamp_and_coin_stores",
                "stationary_office_supplies_printing_and_writing_paper",
                "stationery_stores_office_and_school_supply_stores",
                "swimming_pools_sales",
                "t_ui_travel_germany",
                "tailors_alterations",
                "tax_payments_government_agencies",
                "tax_preparation_services",
                "taxicabs_limousines",
                "telecommunication_equipment_and_telephone_sales",
                "telecommunication_services",
                "telegraph_services",
                "tent_and_awning_shops",
                "testing_laboratories",
                "theatrical_ticket_agencies",
                "timeshares",
                "tire_retreading_and_repair",
                "tolls_bridge_fees",
                "tourist_attractions_and_exhibits",
                "towing_services",
                "trailer_parks_campgrounds",
                "transportation_services",
                "travel_agencies_tour_operators",
                "truck_stop_iteration",
                "truck_utility_trailer_rentals",
                "typesetting_plate_making_and_related_services",
                "typewriter_stores",
                "u_s_federal_government_agencies_or_departments",
                "uniforms_commercial_clothing",
                "used_merchandise_and_secondhand_stores",
                "utilities",
                "variety_stores",
                "veterinary_services",
                "video_amusement_game_supplies",
                "video_game_arcades",
                "video_tape_rental_stores",
                "vocational_trade_schools",
                "watch_jewelry_repair",
                "welding_repair",
                "wholesale_clubs",
                "wig_and_toupee_stores",
                "wires_money_orders",
                "womens_accessory_and_specialty_shops",
                "womens_ready_to_wear_stores",
                "wrecking_and_salvage_yards",
            ]
        ]
        | None
    ]
    """Array of strings containing
    [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category)
    of authorizations to decline. All other categories will be allowed. Cannot be set
    with `allowed_categories`.
    """

    spending_limits: NotRequired[list[IssuingCardSpendingLimit] | None]
    """Limit spending with amount-based rules that apply across any cards this card
    replaced (i.e., its `replacement_for` card and _that_ card's `replacement_for`
    card, up the chain).
    """

    spending_limits_currency: NotRequired[str | None]
    """Currency of the amounts within `spending_limits`. Always the same as the currency
    of the card.
    """


class IssuingCardGooglePay(TypedDict):
    """The `issuing_card_google_pay` object."""

    eligible: bool
    """Google Pay Eligibility"""

    ineligible_reason: NotRequired[
        Literal["missing_agreement", "missing_cardholder_contact", "unsupported_region"]
        | None
    ]
    """Reason the card is ineligible for Google Pay"""


class IssuingCardShipping(TypedDict):
    """The `issuing_card_shipping` object."""

    address: Address
    carrier: NotRequired[Literal["dhl", "fedex", "royal_mail", "usps"] | None]
    """The delivery company that shipped a card."""

    customs: NotRequired[IssuingCardShippingCustoms | None]
    """Additional information that may be required for clearing customs."""

    eta: NotRequired[int | None]
    """A unix timestamp representing a best estimate of when the card will be delivered.
    """

    name: str
    """Recipient name."""

    phone_number: NotRequired[str | None]
    """The phone number of the receiver of the bulk shipment. This phone number will be
    provided to the shipping company, who might use it to contact the receiver in
    case of delivery issues.
    """

    require_signature: NotRequired[bool | None]
    """Whether a signature is required for card delivery. This feature is only supported
    for US users. Standard shipping service does not support signature on delivery.
    The default value for standard shipping service is false and for express and
    priority services is true.
    """

    service: Literal["express", "priority", "standard"]
    """Shipment service, such as `standard` or `express`."""

    status: NotRequired[
        Literal["canceled", "delivered", "failure", "pending", "returned", "shipped"]
        | None
    ]
    """The delivery status of the card."""

    tracking_number: NotRequired[str | None]
    """A tracking number for a card shipment."""

    tracking_url: NotRequired[str | None]
    """A link to the shipping carrier's site where you can view detailed information
    about a card shipment.
    """

    type: Literal["bulk", "individual"]
    """Packaging options."""


class IssuingCardShippingCustoms(TypedDict):
    """The `issuing_card_shipping_customs` object."""

    eori_number: NotRequired[str | None]
    """A registration number used for customs in Europe. See
    [https://www.gov.uk/eori](https://www.gov.uk/eori) for the UK and
    [https://ec.europa.eu/taxation_customs/business/customs-procedures-import-and-export/customs-procedures/economic-operators-registration-and-identification-number-eori_en](https://ec.europa.eu/taxation_customs/business/customs-procedures-import-and-export/customs-procedures/economic-operators-registration-and-identification-number-eori_en)
    for the EU.
    """


class IssuingCardSpendingLimit(TypedDict):
    """The `issuing_card_spending_limit` object."""

    amount: int
    """Maximum amount allowed to spend per interval. This amount is in the card's
    currency and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    categories: NotRequired[
        list[
            Literal[
                "ac_refrigeration_repair",
                "accounting_bookkeeping_services",
                "advertising_services",
                "agricultural_cooperative",
                "airlines_air_carriers",
                "airports_flying_fields",
                "ambulance_services",
                "amusement_parks_carnivals",
                "antique_reproductions",
                "antique_shops",
                "aquariums",
                "architectural_surveying_services",
                "art_dealers_and_galleries",
                "artists_supply_and_craft_shops",
                "auto_and_home_supply_stores",
                "auto_body_repair_shops",
                "auto_paint_shops",
                "auto_service_shops",
                "automated_cash_disburse",
                "automated_fuel_dispensers",
                "automobile_associations",
                "automotive_parts_and_accessories_stores",
                "automotive_tire_stores",
                "bail_and_bond_payments",
                "bakeries",
                "bands_orchestras",
                "barber_and_beauty_shops",
                "betting_casino_gambling",
                "bicycle_shops",
                "billiard_pool_establishments",
                "boat_dealers",
                "boat_rentals_and_leases",
                "book_stores",
                "books_periodicals_and_newspapers",
                "bowling_alleys",
                "bus_lines",
                "business_secretarial_schools",
                "buying_shopping_services",
                "cable_satellite_and_other_pay_television_and_radio",
                "camera_and_photographic_supply_stores",
                "candy_nut_and_confectionery_stores",
                "car_and_truck_dealers_new_used",
                "car_and_truck_dealers_used_only",
                "car_rental_agencies",
                "car_washes",
                "carpentry_services",
                "carpet_upholstery_cleaning",
                "caterers",
                "charitable_and_social_service_organizations_fundraising",
                "chemicals_and_allied_products",
                "child_care_services",
                "childrens_and_infants_wear_stores",
                "chiropodists_podiatrists",
                "chiropractors",
                "cigar_stores_and_stands",
                "civic_social_fraternal_associations",
                "cleaning_and_maintenance",
                "clothing_rental",
                "colleges_universities",
                "commercial_equipment",
                "commercial_footwear",
                "commercial_photography_art_and_graphics",
                "commuter_transport_and_ferries",
                "computer_network_services",
                "computer_programming",
                "computer_repair",
                "computer_software_stores",
                "computers_peripherals_and_software",
                "concrete_work_services",
                "construction_materials",
                "consulting_public_relations",
                "correspondence_schools",
                "cosmetic_stores",
                "counseling_services",
                "country_clubs",
                "courier_services",
                "court_costs",
                "credit_reporting_agencies",
                "cruise_lines",
                "dairy_products_stores",
                "dance_hall_studios_schools",
                "dating_escort_services",
                "dentists_orthodontists",
                "department_stores",
                "detective_agencies",
                "digital_goods_applications",
                "digital_goods_games",
                "digital_goods_large_volume",
                "digital_goods_media",
                "direct_marketing_catalog_merchant",
                "direct_marketing_combination_catalog_and_retail_merchant",
                "direct_marketing_inbound_telemarketing",
                "direct_marketing_insurance_services",
                "direct_marketing_other",
                "direct_marketing_outbound_telemarketing",
                "direct_marketing_subscription",
                "direct_marketing_travel",
                "discount_stores",
                "doctors",
                "door_to_door_sales",
                "drapery_window_covering_and_upholstery_stores",
                "drinking_places",
                "drug_stores_and_pharmacies",
                "drugs_drug_proprietaries_and_druggist_sundries",
                "dry_cleaners",
                "durable_goods",
                "duty_free_stores",
                "eating_places_restaurants",
                "educational_services",
                "electric_razor_stores",
                "electric_vehicle_charging",
                "electrical_parts_and_equipment",
                "electrical_services",
                "electronics_repair_shops",
                "electronics_stores",
                "elementary_secondary_schools",
                "emergency_services_gcas_visa_use_only",
                "employment_temp_agencies",
                "equipment_rental",
                "exterminating_services",
                "family_clothing_stores",
                "fast_food_restaurants",
                "financial_institutions",
                "fines_government_administrative_entities",
                "fireplace_fireplace_screens_and_accessories_stores",
                "floor_covering_stores",
                "florists",
                "florists_supplies_nursery_stock_and_flowers",
                "freezer_and_locker_meat_provisioners",
                "fuel_dealers_non_automotive",
                "funeral_services_crematories",
                "furniture_home_furnishings_and_equipment_stores_except_appliances",
                "furniture_repair_refinishing",
                "furriers_and_fur_shops",
                "general_services",
                "gift_card_novelty_and_souvenir_shops",
                "glass_paint_and_wallpaper_stores",
                "glassware_crystal_stores",
                "golf_courses_public",
                "government_licensed_horse_dog_racing_us_region_only",
                "government_licensed_online_casions_online_gambling_us_region_only",
                "government_owned_lotteries_non_us_region",
                "government_owned_lotteries_us_region_only",
                "government_services",
                "grocery_stores_supermarkets",
                "hardware_equipment_and_supplies",
                "hardware_stores",
                "health_and_beauty_spas",
                "hearing_aids_sales_and_supplies",
                "heating_plumbing_a_c",
                "hobby_toy_and_game_shops",
                "home_supply_warehouse_stores",
                "hospitals",
                "hotels_motels_and_resorts",
                "household_appliance_stores",
                "industrial_supplies",
                "information_retrieval_services",
                "insurance_default",
                "insurance_underwriting_premiums",
                "intra_company_purchases",
                "jewelry_stores_watches_clocks_and_silverware_stores",
                "landscaping_services",
                "laundries",
                "laundry_cleaning_services",
                "legal_services_attorneys",
                "luggage_and_leather_goods_stores",
                "lumber_building_materials_stores",
                "manual_cash_disburse",
                "marinas_service_and_supplies",
                "marketplaces",
                "masonry_stonework_and_plaster",
                "massage_parlors",
                "medical_and_dental_labs",
                "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
                "medical_services",
                "membership_organizations",
                "mens_and_boys_clothing_and_accessories_stores",
                "mens_womens_clothing_stores",
                "metal_service_centers",
                "miscellaneous",
                "miscellaneous_apparel_and_accessory_shops",
                "miscellaneous_auto_dealers",
                "miscellaneous_business_services",
                "miscellaneous_food_stores",
                "miscellaneous_general_merchandise",
                "miscellaneous_general_services",
                "miscellaneous_home_furnishing_specialty_stores",
                "miscellaneous_publishing_and_printing",
                "miscellaneous_recreation_services",
                "miscellaneous_repair_shops",
                "miscellaneous_specialty_retail",
                "mobile_home_dealers",
                "motion_picture_theaters",
                "motor_freight_carriers_and_trucking",
                "motor_homes_dealers",
                "motor_vehicle_supplies_and_new_parts",
                "motorcycle_shops_and_dealers",
                "motorcycle_shops_dealers",
                "music_stores_musical_instruments_pianos_and_sheet_music",
                "news_dealers_and_newsstands",
                "non_fi_money_orders",
                "non_fi_stored_value_card_purchase_load",
                "nondurable_goods",
                "nurseries_lawn_and_garden_supply_stores",
                "nursing_personal_care",
                "office_and_commercial_furniture",
                "opticians_eyeglasses",
                "optometrists_ophthalmologist",
                "orthopedic_goods_prosthetic_devices",
                "osteopaths",
                "package_stores_beer_wine_and_liquor",
                "paints_varnishes_and_supplies",
                "parking_lots_garages",
                "passenger_railways",
                "pawn_shops",
                "pet_shops_pet_food_and_supplies",
                "petroleum_and_petroleum_products",
                "photo_developing",
                "photographic_photocopy_microfilm_equipment_and_supplies",
                "photographic_studios",
                "picture_video_production",
                "piece_goods_notions_and_other_dry_goods",
                "plumbing_heating_equipment_and_supplies",
                "political_organizations",
                "postal_services_government_only",
                "precious_stones_and_metals_watches_and_jewelry",
                "professional_services",
                "public_warehousing_and_storage",
                "quick_copy_repro_and_blueprint",
                "railroads",
                "real_estate_agents_and_managers_rentals",
                "record_stores",
                "recreational_vehicle_rentals",
                "religious_goods_stores",
                "religious_organizations",
                "roofing_siding_sheet_metal",
                "secretarial_support_services",
                "security_brokers_dealers",
                "service_stations",
                "sewing_needlework_fabric_and_piece_goods_stores",
                "shoe_repair_hat_cleaning",
                "shoe_stores",
                "small_appliance_repair",
                "snowmobile_dealers",
                "special_trade_services",
                "specialty_cleaning",
                "sporting_goods_stores",
                "sporting_recreation_camps",
                "sports_and_riding_apparel_stores",
                "sports_clubs_fields",
                "stamp_and_coin_stores",
                "stationary_office_supplies_printing_and_writing_paper",
                "stationery_stores_office_and_school_supply_stores",
                "swimming_pools_sales",
                "t_ui_travel_germany",
                "tailors_alterations",
                "tax_payments_government_agencies",
                "tax_preparation_services",
                "taxicabs_limousines",
                "telecommunication_equipment_and_telephone_sales",
                "telecommunication_services",
                "telegraph_services",
                "tent_and_awning_shops",
                "testing_laboratories",
                "theatrical_ticket_agencies",
                "timeshares",
                "tire_retreading_and_repair",
                "tolls_bridge_fees",
                "tourist_attractions_and_exhibits",
                "towing_services",
                "trailer_parks_campgrounds",
                "transportation_services",
                "travel_agencies_tour_operators",
                "truck_stop_iteration",
                "truck_utility_trailer_rentals",
                "typesetting_plate_making_and_related_services",
                "typewriter_stores",
                "u_s_federal_government_agencies_or_departments",
                "uniforms_commercial_clothing",
                "used_merchandise_and_secondhand_stores",
                "utilities",
                "variety_stores",
                "veterinary_services",
                "video_amusement_game_supplies",
                "video_game_arcades",
                "video_tape_rental_stores",
                "vocational_trade_schools",
                "watch_jewelry_repair",
                "welding_repair",
                "wholesale_clubs",
                "wig_and_toupee_stores",
                "wires_money_orders",
                "womens_accessory_and_specialty_shops",
                "womens_ready_to_wear_stores",
                "wrecking_and_salvage_yards",
            ]
        ]
        | None
    ]
    """Array of strings containing
    [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category)
    this limit applies to. Omitting this field will apply the limit to all
    categories.
    """

    interval: Literal[
        "all_time", "daily", "monthly", "per_authorization", "weekly", "yearly"
    ]
    """Interval (or event) to which the amount applies."""


class IssuingCardWallets(TypedDict):
    """The `issuing_card_wallets` object."""

    apple_pay: IssuingCardApplePay
    google_pay: IssuingCardGooglePay
    primary_account_identifier: NotRequired[str | None]
    """Unique identifier for a card used with digital wallets"""


class IssuingCardholder(TypedDict):
    """The `issuing.cardholder` object.

    An Issuing `Cardholder` object represents an individual or business entity who is
    [issued](https://stripe.com/docs/issuing) cards.

    Related guide: [How to create a
    cardholder](https://stripe.com/docs/issuing/cards#create-cardholder)
    """

    billing: IssuingCardholderAddress
    company: NotRequired[IssuingCardholderCompany | None]
    """Additional information about a `company` cardholder."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    email: NotRequired[str | None]
    """The cardholder's email address."""

    id: str
    """Unique identifier for the object."""

    individual: NotRequired[IssuingCardholderIndividual | None]
    """Additional information about an `individual` cardholder."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    name: str
    """The cardholder's name. This will be printed on cards issued to them."""

    object: Literal["issuing.cardholder"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    phone_number: NotRequired[str | None]
    """The cardholder's phone number. This is required for all cardholders who will be
    creating EU cards. See the [3D Secure
    documentation](https://stripe.com/docs/issuing/3d-secure#when-is-3d-secure-applied)
    for more details.
    """

    preferred_locales: NotRequired[list[Literal["de", "en", "es", "fr", "it"]] | None]
    """The cardholder’s preferred locales (languages), ordered by preference. Locales
    can be `de`, `en`, `es`, `fr`, or `it`. This changes the language of the [3D
    Secure flow](https://stripe.com/docs/issuing/3d-secure) and one-time password
    messages sent to the cardholder.
    """

    requirements: IssuingCardholderRequirements
    spending_controls: NotRequired[IssuingCardholderAuthorizationControls | None]
    """Rules that control spending across this cardholder's cards. Refer to our
    [documentation](https://stripe.com/docs/issuing/controls/spending-controls) for
    more details.
    """

    status: Literal["active", "blocked", "inactive"]
    """Specifies whether to permit authorizations on this cardholder's cards."""

    type: Literal["company", "individual"]
    """One of `individual` or `company`. See [Choose a cardholder
    type](https://stripe.com/docs/issuing/other/choose-cardholder) for more details.
    """


class IssuingCardholderAddress(TypedDict):
    """The `issuing_cardholder_address` object."""

    address: Address


class IssuingCardholderAuthorizationControls(TypedDict):
    """The `issuing_cardholder_authorization_controls` object."""

    allowed_categories: NotRequired[
        list[
            Literal[
                "ac_refrigeration_repair",
                "accounting_bookkeeping_services",
                "advertising_services",
                "agricultural_cooperative",
                "airlines_air_carriers",
                "airports_flying_fields",
                "ambulance_services",
                "amusement_parks_carnivals",
                "antique_reproductions",
                "antique_shops",
                "aquariums",
                "architectural_surveying_services",
                "art_dealers_and_galleries",
                "artists_supply_and_craft_shops",
                "auto_and_home_supply_stores",
                "auto_body_repair_shops",
                "auto_paint_shops",
                "auto_service_shops",
                "automated_cash_disburse",
                "automated_fuel_dispensers",
                "automobile_associations",
                "automotive_parts_and_accessories_stores",
                "automotive_tire_stores",
                "bail_and_bond_payments",
                "bakeries",
                "bands_orchestras",
                "barber_and_beauty_shops",
                "betting_casino_gambling",
                "bicycle_shops",
                "billiard_pool_establishments",
                "boat_dealers",
                "boat_rentals_and_leases",
                "book_stores",
                "books_periodicals_and_newspapers",
                "bowling_alleys",
                "bus_lines",
                "business_secretarial_schools",
                "buying_shopping_services",
                "cable_satellite_and_other_pay_television_and_radio",
                "camera_and_photographic_supply_stores",
                "candy_nut_and_confectionery_stores",
                "car_and_truck_dealers_new_used",
                "car_and_truck_dealers_used_only",
                "car_rental_agencies",
                "car_washes",
                "carpentry_services",
                "carpet_upholstery_cleaning",
                "caterers",
                "charitable_and_social_service_organizations_fundraising",
                "chemicals_and_allied_products",
                "child_care_services",
                "childrens_and_infants_wear_stores",
                "chiropodists_podiatrists",
                "chiropractors",
                "cigar_stores_and_stands",
                "civic_social_fraternal_associations",
                "cleaning_and_maintenance",
                "clothing_rental",
                "colleges_universities",
                "commercial_equipment",
                "commercial_footwear",
                "commercial_photography_art_and_graphics",
                "commuter_transport_and_ferries",
                "computer_network_services",
                "computer_programming",
                "computer_repair",
                "computer_software_stores",
                "computers_peripherals_and_software",
                "concrete_work_services",
                "construction_materials",
                "consulting_public_relations",
                "correspondence_schools",
                "cosmetic_stores",
                "counseling_services",
                "country_clubs",
                "courier_services",
                "court_costs",
                "credit_reporting_agencies",
                "cruise_lines",
                "dairy_products_stores",
                "dance_hall_studios_schools",
                "dating_escort_services",
                "dentists_orthodontists",
                "department_stores",
                "detective_agencies",
                "digital_goods_applications",
                "digital_goods_games",
                "digital_goods_large_volume",
                "digital_goods_media",
                "direct_marketing_catalog_merchant",
                "direct_marketing_combination_catalog_and_retail_merchant",
                "direct_marketing_inbound_telemarketing",
                "direct_marketing_insurance_services",
                "direct_marketing_other",
                "direct_marketing_outbound_telemarketing",
                "direct_marketing_subscription",
                "direct_marketing_travel",
                "discount_stores",
                "doctors",
                "door_to_door_sales",
                "drapery_window_covering_and_upholstery_stores",
                "drinking_places",
                "drug_stores_and_pharmacies",
                "drugs_drug_proprietaries_and_druggist_sundries",
                "dry_cleaners",
                "durable_goods",
                "duty_free_stores",
                "eating_places_restaurants",
                "educational_services",
                "electric_razor_stores",
                "electric_vehicle_charging",
                "electrical_parts_and_equipment",
                "electrical_services",
                "electronics_repair_shops",
                "electronics_stores",
                "elementary_secondary_schools",
                "emergency_services_gcas_visa_use_only",
                "employment_temp_agencies",
                "equipment_rental",
                "exterminating_services",
                "family_clothing_stores",
                "fast_food_restaurants",
                "financial_institutions",
                "fines_government_administrative_entities",
                "fireplace_fireplace_screens_and_accessories_stores",
                "floor_covering_stores",
                "florists",
                "florists_supplies_nursery_stock_and_flowers",
                "freezer_and_locker_meat_provisioners",
                "fuel_dealers_non_automotive",
                "funeral_services_crematories",
                "furniture_home_furnishings_and_equipment_stores_except_appliances",
                "furniture_repair_refinishing",
                "furriers_and_fur_shops",
                "general_services",
                "gift_card_novelty_and_souvenir_shops",
                "glass_paint_and_wallpaper_stores",
                "glassware_crystal_stores",
                "golf_courses_public",
                "government_licensed_horse_dog_racing_us_region_only",
                "government_licensed_online_casions_online_gambling_us_region_only",
                "government_owned_lotteries_non_us_region",
                "government_owned_lotteries_us_region_only",
                "government_services",
                "grocery_stores_supermarkets",
                "hardware_equipment_and_supplies",
                "hardware_stores",
                "health_and_beauty_spas",
                "hearing_aids_sales_and_supplies",
                "heating_plumbing_a_c",
                "hobby_toy_and_game_shops",
                "home_supply_warehouse_stores",
                "hospitals",
                "hotels_motels_and_resorts",
                "household_appliance_stores",
                "industrial_supplies",
                "information_retrieval_services",
                "insurance_default",
                "insurance_underwriting_premiums",
                "intra_company_purchases",
                "jewelry_stores_watches_clocks_and_silverware_stores",
                "landscaping_services",
                "laundries",
                "laundry_cleaning_services",
                "legal_services_attorneys",
                "luggage_and_leather_goods_stores",
                "lumber_building_materials_stores",
                "manual_cash_disburse",
                "marinas_service_and_supplies",
                "marketplaces",
                "masonry_stonework_and_plaster",
                "massage_parlors",
                "medical_and_dental_labs",
                "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
                "medical_services",
                "membership_organizations",
                "mens_and_boys_clothing_and_accessories_stores",
                "mens_womens_clothing_stores",
                "metal_service_centers",
                "miscellaneous",
                "miscellaneous_apparel_and_accessory_shops",
                "miscellaneous_auto_dealers",
                "miscellaneous_business_services",
                "miscellaneous_food_stores",
                "miscellaneous_general_merchandise",
                "miscellaneous_general_services",
                "miscellaneous_home_furnishing_specialty_stores",
                "miscellaneous_publishing_and_printing",
                "miscellaneous_recreation_services",
                "miscellaneous_repair_shops",
                "miscellaneous_specialty_retail",
                "mobile_home_dealers",
                "motion_picture_theaters",
                "motor_freight_carriers_and_trucking",
                "motor_homes_dealers",
                "motor_vehicle_supplies_and_new_parts",
                "motorcycle_shops_and_dealers",
                "motorcycle_shops_dealers",
                "music_stores_musical_instruments_pianos_and_sheet_music",
                "news_dealers_and_newsstands",
                "non_fi_money_orders",
                "non_fi_stored_value_card_purchase_load",
                "nondurable_goods",
                "nurseries_lawn_and_garden_supply_stores",
                "nursing_personal_care",
                "office_and_commercial_furniture",
                "opticians_eyeglasses",
                "optometrists_ophthalmologist",
                "orthopedic_goods_prosthetic_devices",
                "osteopaths",
                "package_stores_beer_wine_and_liquor",
                "paints_varnishes_and_supplies",
                "parking_lots_garages",
                "passenger_railways",
                "pawn_shops",
                "pet_shops_pet_food_and_supplies",
                "petroleum_and_petroleum_products",
                "photo_developing",
                "photographic_photocopy_microfilm_equipment_and_supplies",
                "photographic_studios",
                "picture_video_production",
                "piece_goods_notions_and_other_dry_goods",
                "plumbing_heating_equipment_and_supplies",
                "political_organizations",
                "postal_services_government_only",
                "precious_stones_and_metals_watches_and_jewelry",
                "professional_services",
                "public_warehousing_and_storage",
                "quick_copy_repro_and_blueprint",
                "railroads",
                "real_estate_agents_and_managers_rentals",
                "record_stores",
                "recreational_vehicle_rentals",
                "religious_goods_stores",
                "religious_organizations",
                "roofing_siding_sheet_metal",
                "secretarial_support_services",
                "security_brokers_dealers",
                "service_stations",
                "sewing_needlework_fabric_and_piece_goods_stores",
                "shoe_repair_hat_cleaning",
                "shoe_stores",
                "small_appliance_repair",
                "snowmobile_dealers",
                "special_trade_services",
                "specialty_cleaning",
                "sporting_goods_stores",
                "sporting_recreation_camps",
                "sports_and_riding_apparel_stores",
                "sports_clubs_fields",
                "stamp_and_coin_stores",
                "stationary_office_supplies_printing_and_writing_paper",
                "stationery_stores_office_and_school_supply_stores",
                "swimming_pools_sales",
                "t_ui_travel_germany",
                "tailors_alterations",
                "tax_payments_government_agencies",
                "tax_preparation_services",
                "taxicabs_limousines",
                "telecommunication_equipment_and_telephone_sales",
                "telecommunication_services",
                "telegraph_services",
                "tent_and_awning_shops",
                "testing_laboratories",
                "theatrical_ticket_agencies",
                "timeshares",
                "tire_retreading_and_repair",
                "tolls_bridge_fees",
                "tourist_attractions_and_exhibits",
                "towing_services",
                "trailer_parks_campgrounds",
                "transportation_services",
                "travel_agencies_tour_operators",
                "truck_stop_iteration",
                "truck_utility_trailer_rentals",
                "typesetting_plate_making_and_related_services",
                "typewriter_stores",
                "u_s_federal_government_agencies_or_departments",
                "uniforms_commercial_clothing",
                "used_merchandise_and_secondhand_stores",
                "utilities",
                "variety_stores",
                "veterinary_services",
                "video_amusement_game_supplies",
                "video_game_arcades",
                "video_tape_rental_stores",
                "vocational_trade_schools",
                "watch_jewelry_repair",
                "welding_repair",
                "wholesale_clubs",
                "wig_and_toupee_stores",
                "wires_money_orders",
                "womens_accessory_and_specialty_shops",
                "womens_ready_to_wear_stores",
                "wrecking_and_salvage_yards",
            ]
        ]
        | None
    ]
    """Array of strings containing
    [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category)
    of authorizations to allow. All other categories will be blocked. Cannot be set
    with `blocked_categories`.
    """

    blocked_categories: NotRequired[
        list[
            Literal[
                "ac_refrigeration_repair",
                "accounting_bookkeeping_services",
                "advertising_services",
                "agricultural_cooperative",
                "airlines_air_carriers",
                "airports_flying_fields",
                "ambulance_services",
                "amusement_parks_carnivals",
                "antique_reproductions",
                "antique_shops",
                "aquariums",
                "architectural_surveying_services",
                "art_dealers_and_galleries",
                "artists_supply_and_craft_shops",
                "auto_and_home_supply_stores",
                "auto_body_repair_shops",
                "auto_paint_shops",
                "auto_service_shops",
                "automated_cash_disburse",
                "automated_fuel_dispensers",
                "automobile_associations",
                "automotive_parts_and_accessories_stores",
                "automotive_tire_stores",
                "bail_and_bond_payments",
                "bakeries",
                "bands_orchestras",
                "barber_and_beauty_shops",
                "betting_casino_gambling",
                "bicycle_shops",
                "billiard_pool_establishments",
                "boat_dealers",
                "boat_rentals_and_leases",
                "book_stores",
                "books_periodicals_and_newspapers",
                "bowling_alleys",
                "bus_lines",
                "business_secretarial_schools",
                "buying_shopping_services",
                "cable_satellite_and_other_pay_television_and_radio",
                "camera_and_photographic_supply_stores",
                "candy_nut_and_confectionery_stores",
                "car_and_truck_dealers_new_used",
                "car_and_truck_dealers_used_only",
                "car_rental_agencies",
                "car_washes",
                "carpentry_services",
                "carpet_upholstery_cleaning",
                "caterers",
                "charitable_and_social_service_organizations_fundraising",
                "chemicals_and_allied_products",
                "child_care_services",
                "childrens_and_infants_wear_stores",
                "chiropodists_podiatrists",
                "chiropractors",
                "cigar_stores_and_stands",
                "civic_social_fraternal_associations",
                "cleaning_and_maintenance",
                "clothing_rental",
                "colleges_universities",
                "commercial_equipment",
                "commercial_footwear",
                "commercial_photography_art_and_graphics",
                "commuter_transport_and_ferries",
                "computer_network_services",
                "computer_programming",
                "computer_repair",
                "computer_software_stores",
                "computers_peripherals_and_software",
                "concrete_work_services",
                "construction_materials",
                "consulting_public_relations",
                "correspondence_schools",
                "cosmetic_stores",
                "counseling_services",
                "country_clubs",
                "courier_services",
                "court_costs",
                "credit_reporting_agencies",
                "cruise_lines",
                "dairy_products_stores",
                "dance_hall_studios_schools",
                "dating_escort_services",
                "dentists_orthodontists",
                "department_stores",
                "detective_agencies",
                "digital_goods_applications",
                "digital_goods_games",
                "digital_goods_large_volume",
                "digital_goods_media",
                "direct_marketing_catalog_merchant",
                "direct_marketing_combination_catalog_and_retail_merchant",
                "direct_marketing_inbound_telemarketing",
                "direct_marketing_insurance_services",
                "direct_marketing_other",
                "direct_marketing_outbound_telemarketing",
                "direct_marketing_subscription",
                "direct_marketing_travel",
                "discount_stores",
                "doctors",
                "door_to_door_sales",
                "drapery_window_covering_and_upholstery_stores",
                "drinking_places",
                "drug_stores_and_pharmacies",
                "drugs_drug_proprietaries_and_druggist_sundries",
                "dry_cleaners",
                "durable_goods",
                "duty_free_stores",
                "eating_places_restaurants",
                "educational_services",
                "electric_razor_stores",
                "electric_vehicle_charging",
                "electrical_parts_and_equipment",
                "electrical_services",
                "electronics_repair_shops",
                "electronics_stores",
                "elementary_secondary_schools",
                "emergency_services_gcas_visa_use_only",
                "employment_temp_agencies",
                "equipment_rental",
                "exterminating_services",
                "family_clothing_stores",
                "fast_food_restaurants",
                "financial_institutions",
                "fines_government_administrative_entities",
                "fireplace_fireplace_screens_and_accessories_stores",
                "floor_covering_stores",
                "florists",
                "florists_supplies_nursery_stock_and_flowers",
                "freezer_and_locker_meat_provisioners",
                "fuel_dealers_non_automotive",
                "funeral_services_crematories",
                "furniture_home_furnishings_and_equipment_stores_except_appliances",
                "furniture_repair_refinishing",
                "furriers_and_fur_shops",
                "general_services",
                "gift_card_novelty_and_souvenir_shops",
                "glass_paint_and_wallpaper_stores",
                "glassware_crystal_stores",
                "golf_courses_public",
                "government_licensed_horse_dog_racing_us_region_only",
                "government_licensed_online_casions_online_gambling_us_region_only",
                "government_owned_lotteries_non_us_region",
                "government_owned_lotteries_us_region_only",
                "government_services",
                "grocery_stores_supermarkets",
                "hardware_equipment_and_supplies",
                "hardware_stores",
                "health_and_beauty_spas",
                "hearing_aids_sales_and_supplies",
                "heating_plumbing_a_c",
                "hobby_toy_and_game_shops",
                "home_supply_warehouse_stores",
                "hospitals",
                "hotels_motels_and_resorts",
                "household_appliance_stores",
                "industrial_supplies",
                "information_retrieval_services",
                "insurance_default",
                "insurance_underwriting_premiums",
                "intra_company_purchases",
                "jewelry_stores_watches_clocks_and_silverware_stores",
                "landscaping_services",
                "laundries",
                "laundry_cleaning_services",
                "legal_services_attorneys",
                "luggage_and_leather_goods_stores",
                "lumber_building_materials_stores",
                "manual_cash_disburse",
                "marinas_service_and_supplies",
                "marketplaces",
                "masonry_stonework_and_plaster",
                "massage_parlors",
                "medical_and_dental_labs",
                "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
                "medical_services",
                "membership_organizations",
                "mens_and_boys_clothing_and_accessories_stores",
                "mens_womens_clothing_stores",
                "metal_service_centers",
                "miscellaneous",
                "miscellaneous_apparel_and_accessory_shops",
                "miscellaneous_auto_dealers",
                "miscellaneous_business_services",
                "miscellaneous_food_stores",
                "miscellaneous_general_merchandise",
                "miscellaneous_general_services",
                "miscellaneous_home_furnishing_specialty_stores",
                "miscellaneous_publishing_and_printing",
                "miscellaneous_recreation_services",
                "miscellaneous_repair_shops",
                "miscellaneous_specialty_retail",
                "mobile_home_dealers",
                "motion_picture_theaters",
                "motor_freight_carriers_and_trucking",
                "motor_homes_dealers",
                "motor_vehicle_supplies_and_new_parts",
                "motorcycle_shops_and_dealers",
                "motorcycle_shops_dealers",
                "music_stores_musical_instruments_pianos_and_sheet_music",
                "news_dealers_and_newsstands",
                "non_fi_money_orders",
                "non_fi_stored_value_card_purchase_load",
                "nondurable_goods",
                "nurseries_lawn_and_garden_supply_stores",
                "nursing_personal_care",
                "office_and_commercial_furniture",
                "opticians_eyeglasses",
                "optometrists_ophthalmologist",
                "orthopedic_goods_prosthetic_devices",
                "osteopaths",
                "package_stores_beer_wine_and_liquor",
                "paints_varnishes_and_supplies",
                "parking_lots_garages",
                "passenger_railways",
                "pawn_shops",
                "pet_shops_pet_food_and_supplies",
                "petroleum_and_petroleum_products",
                "photo_developing",
                "photographic_photocopy_microfilm_equipment_and_supplies",
                "photographic_studios",
                "picture_video_production",
                "piece_goods_notions_and_other_dry_goods",
                "plumbing_heating_equipment_and_supplies",
                "political_organizations",
                "postal_services_government_only",
                "precious_stones_and_metals_watches_and_jewelry",
                "professional_services",
                "public_warehousing_and_storage",
                "quick_copy_repro_and_blueprint",
                "railroads",
                "real_estate_agents_and_managers_rentals",
                "record_stores",
                "recreational_vehicle_rentals",
                "religious_goods_stores",
                "religious_organizations",
                "roofing_siding_sheet_metal",
                "secretarial_support_services",
                "security_brokers_dealers",
                "service_stations",
                "sewing_needlework_fabric_and_piece_goods_stores",
                "shoe_repair_hat_cleaning",
                "shoe_stores",
                "small_appliance_repair",
                "snowmobile_dealers",
                "special_trade_services",
                "specialty_cleaning",
                "sporting_goods_stores",
                "sporting_recreation_camps",
                "sports_and_riding_apparel_stores",
                "sports_clubs_fields",
                "stamp_and_coin_stores",
                "stationary_office_supplies_printing_and_writing_paper",
                "stationery_stores_office_and_school_supply_stores",
                "swimming_pools_sales",
                "t_ui_travel_germany",
                "tailors_alterations",
                "tax_payments_government_agencies",
                "tax_preparation_services",
                "taxicabs_limousines",
                "telecommunication_equipment_and_telephone_sales",
                "telecommunication_services",
                "telegraph_services",
                "tent_and_awning_shops",
                "testing_laboratories",
                "theatrical_ticket_agencies",
                "timeshares",
                "tire_retreading_and_repair",
                "tolls_bridge_fees",
                "tourist_attractions_and_exhibits",
                "towing_services",
                "trailer_parks_campgrounds",
                "transportation_services",
                "travel_agencies_tour_operators",
                "truck_stop_iteration",
                "truck_utility_trailer_rentals",
                "typesetting_plate_making_and_related_services",
                "typewriter_stores",
                "u_s_federal_government_agencies_or_departments",
                "uniforms_commercial_clothing",
                "used_merchandise_and_secondhand_stores",
                "utilities",
                "variety_stores",
                "veterinary_services",
                "video_amusement_game_supplies",
                "video_game_arcades",
                "video_tape_rental_stores",
                "vocational_trade_schools",
                "watch_jewelry_repair",
                "welding_repair",
                "wholesale_clubs",
                "wig_and_toupee_stores",
                "wires_money_orders",
                "womens_accessory_and_specialty_shops",
                "womens_ready_to_wear_stores",
                "wrecking_and_salvage_yards",
            ]
        ]
        | None
    ]
    """Array of strings containing
    [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category)
    of authorizations to decline. All other categories will be allowed. Cannot be set
    with `allowed_categories`.
    """

    spending_limits: NotRequired[list[IssuingCardholderSpendingLimit] | None]
    """Limit spending with amount-based rules that apply across this cardholder's cards.
    """

    spending_limits_currency: NotRequired[str | None]
    """Currency of the amounts within `spending_limits`."""


class IssuingCardholderCardIssuing(TypedDict):
    """The `issuing_cardholder_card_issuing` object."""

    user_terms_acceptance: NotRequired[IssuingCardholderUserTermsAcceptance | None]
    """Information about cardholder acceptance of [Authorized User
    Terms](https://stripe.com/docs/issuing/cards).
    """


class IssuingCardholderCompany(TypedDict):
    """The `issuing_cardholder_company` object."""

    tax_id_provided: bool
    """Whether the company's business ID number was provided."""


class IssuingCardholderIdDocument(TypedDict):
    """The `issuing_cardholder_id_document` object."""

    back: NotRequired[str | File | None]
    """The back of a document returned by a [file
    upload](https://stripe.com/docs/api#create_file) with a `purpose` value of
    `identity_document`.
    """

    front: NotRequired[str | File | None]
    """The front of a document returned by a [file
    upload](https://stripe.com/docs/api#create_file) with a `purpose` value of
    `identity_document`.
    """


class IssuingCardholderIndividual(TypedDict):
    """The `issuing_cardholder_individual` object."""

    card_issuing: NotRequired[IssuingCardholderCardIssuing | None]
    """Information related to the card_issuing program for this cardholder."""

    dob: NotRequired[IssuingCardholderIndividualDob | None]
    """The date of birth of this cardholder."""

    first_name: NotRequired[str | None]
    """The first name of this cardholder. Required before activating Cards. This field
    cannot contain any numbers, special characters (except periods, commas, hyphens,
    spaces and apostrophes) or non-latin letters.
    """

    last_name: NotRequired[str | None]
    """The last name of this cardholder. Required before activating Cards. This field
    cannot contain any numbers, special characters (except periods, commas, hyphens,
    spaces and apostrophes) or non-latin letters.
    """

    verification: NotRequired[IssuingCardholderVerification | None]
    """Government-issued ID document for this cardholder."""


class IssuingCardholderIndividualDob(TypedDict):
    """The `issuing_cardholder_individual_dob` object."""

    day: NotRequired[int | None]
    """The day of birth, between 1 and 31."""

    month: NotRequired[int | None]
    """The month of birth, between 1 and 12."""

    year: NotRequired[int | None]
    """The four-digit year of birth."""


class IssuingCardholderRequirements(TypedDict):
    """The `issuing_cardholder_requirements` object."""

    disabled_reason: NotRequired[
        Literal["listed", "rejected.listed", "requirements.past_due", "under_review"]
        | None
    ]
    """If `disabled_reason` is present, all cards will decline authorizations with
    `cardholder_verification_required` reason.
    """

    past_due: NotRequired[
        list[
            Literal[
                "company.tax_id",
                "individual.card_issuing.user_terms_acceptance.date",
                "individual.card_issuing.user_terms_acceptance.ip",
                "individual.dob.day",
                "individual.dob.month",
                "individual.dob.year",
                "individual.first_name",
                "individual.last_name",
                "individual.verification.document",
            ]
        ]
        | None
    ]
    """Array of fields that need to be collected in order to verify and re-enable the
    cardholder.
    """


class IssuingCardholderSpendingLimit(TypedDict):
    """The `issuing_cardholder_spending_limit` object."""

    amount: int
    """Maximum amount allowed to spend per interval. This amount is in the card's
    currency and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    categories: NotRequired[
        list[
            Literal[
                "ac_refrigeration_repair",
                "accounting_bookkeeping_services",
                "advertising_services",
                "agricultural_cooperative",
                "airlines_air_carriers",
                "airports_flying_fields",
                "ambulance_services",
                "amusement_parks_carnivals",
                "antique_reproductions",
                "antique_shops",
                "aquariums",
                "architectural_surveying_services",
                "art_dealers_and_galleries",
                "artists_supply_and_craft_shops",
                "auto_and_home_supply_stores",
                "auto_body_repair_shops",
                "auto_paint_shops",
                "auto_service_shops",
                "automated_cash_disburse",
                "automated_fuel_dispensers",
                "automobile_associations",
                "automotive_parts_and_accessories_stores",
                "automotive_tire_stores",
                "bail_and_bond_payments",
                "bakeries",
                "bands_orchestras",
                "barber_and_beauty_shops",
                "betting_casino_gambling",
                "bicycle_shops",
                "billiard_pool_establishments",
                "boat_dealers",
                "boat_rentals_and_leases",
                "book_stores",
                "books_periodicals_and_newspapers",
                "bowling_alleys",
                "bus_lines",
                "business_secretarial_schools",
                "buying_shopping_services",
                "cable_satellite_and_other_pay_television_and_radio",
                "camera_and_photographic_supply_stores",
                "candy_nut_and_confectionery_stores",
                "car_and_truck_dealers_new_used",
                "car_and_truck_dealers_used_only",
                "car_rental_agencies",
                "car_washes",
                "carpentry_services",
                "carpet_upholstery_cleaning",
                "caterers",
                "charitable_and_social_service_organizations_fundraising",
                "chemicals_and_allied_products",
                "child_care_services",
                "childrens_and_infants_wear_stores",
                "chiropodists_podiatrists",
                "chiropractors",
                "cigar_stores_and_stands",
                "civic_social_fraternal_associations",
                "cleaning_and_maintenance",
                "clothing_rental",
                "colleges_universities",
                "commercial_equipment",
                "commercial_footwear",
                "commercial_photography_art_and_graphics",
                "commuter_transport_and_ferries",
                "computer_network_services",
                "computer_programming",
                "computer_repair",
                "computer_software_stores",
                "computers_peripherals_and_software",
                "concrete_work_services",
                "construction_materials",
                "consulting_public_relations",
                "correspondence_schools",
                "cosmetic_stores",
                "counseling_services",
                "country_clubs",
                "courier_services",
                "court_costs",
                "credit_reporting_agencies",
                "cruise_lines",
                "dairy_products_stores",
                "dance_hall_studios_schools",
                "dating_escort_services",
                "dentists_orthodontists",
                "department_stores",
                "detective_agencies",
                "digital_goods_applications",
                "digital_goods_games",
                "digital_goods_large_volume",
                "digital_goods_media",
                "direct_marketing_catalog_merchant",
                "direct_marketing_combination_catalog_and_retail_merchant",
                "direct_marketing_inbound_telemarketing",
                "direct_marketing_insurance_services",
                "direct_marketing_other",
                "direct_marketing_outbound_telemarketing",
                "direct_marketing_subscription",
                "direct_marketing_travel",
                "discount_stores",
                "doctors",
                "door_to_door_sales",
                "drapery_window_covering_and_upholstery_stores",
                "drinking_places",
                "drug_stores_and_pharmacies",
                "drugs_drug_proprietaries_and_druggist_sundries",
                "dry_cleaners",
                "durable_goods",
                "duty_free_stores",
                "eating_places_restaurants",
                "educational_services",
                "electric_razor_stores",
                "electric_vehicle_charging",
                "electrical_parts_and_equipment",
                "electrical_services",
                "electronics_repair_shops",
                "electronics_stores",
                "elementary_secondary_schools",
                "emergency_services_gcas_visa_use_only",
                "employment_temp_agencies",
                "equipment_rental",
                "exterminating_services",
                "family_clothing_stores",
                "fast_food_restaurants",
                "financial_institutions",
                "fines_government_administrative_entities",
                "fireplace_fireplace_screens_and_accessories_stores",
                "floor_covering_stores",
                "florists",
                "florists_supplies_nursery_stock_and_flowers",
                "freezer_and_locker_meat_provisioners",
                "fuel_dealers_non_automotive",
                "funeral_services_crematories",
                "furniture_home_furnishings_and_equipment_stores_except_appliances",
                "furniture_repair_refinishing",
                "furriers_and_fur_shops",
                "general_services",
                "gift_card_novelty_and_souvenir_shops",
                "glass_paint_and_wallpaper_stores",
                "glassware_crystal_stores",
                "golf_courses_public",
                "government_licensed_horse_dog_racing_us_region_only",
                "government_licensed_online_casions_online_gambling_us_region_only",
                "government_owned_lotteries_non_us_region",
                "government_owned_lotteries_us_region_only",
                "government_services",
                "grocery_stores_supermarkets",
                "hardware_equipment_and_supplies",
                "hardware_stores",
                "health_and_beauty_spas",
                "hearing_aids_sales_and_supplies",
                "heating_plumbing_a_c",
                "hobby_toy_and_game_shops",
                "home_supply_warehouse_stores",
                "hospitals",
                "hotels_motels_and_resorts",
                "household_appliance_stores",
                "industrial_supplies",
                "information_retrieval_services",
                "insurance_default",
                "insurance_underwriting_premiums",
                "intra_company_purchases",
                "jewelry_stores_watches_clocks_and_silverware_stores",
                "landscaping_services",
                "laundries",
                "laundry_cleaning_services",
                "legal_services_attorneys",
                "luggage_and_leather_goods_stores",
                "lumber_building_materials_stores",
                "manual_cash_disburse",
                "marinas_service_and_supplies",
                "marketplaces",
                "masonry_stonework_and_plaster",
                "massage_parlors",
                "medical_and_dental_labs",
                "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
                "medical_services",
                "membership_organizations",
                "mens_and_boys_clothing_and_accessories_stores",
                "mens_womens_clothing_stores",
                "metal_service_centers",
                "miscellaneous",
                "miscellaneous_apparel_and_accessory_shops",
                "miscellaneous_auto_dealers",
                "miscellaneous_business_services",
                "miscellaneous_food_stores",
                "miscellaneous_general_merchandise",
                "miscellaneous_general_services",
                "miscellaneous_home_furnishing_specialty_stores",
                "miscellaneous_publishing_and_printing",
                "miscellaneous_recreation_services",
                "miscellaneous_repair_shops",
                "miscellaneous_specialty_retail",
                "mobile_home_dealers",
                "motion_picture_theaters",
                "motor_freight_carriers_and_trucking",
                "motor_homes_dealers",
                "motor_vehicle_supplies_and_new_parts",
                "motorcycle_shops_and_dealers",
                "motorcycle_shops_dealers",
                "music_stores_musical_instruments_pianos_and_sheet_music",
                "news_dealers_and_newsstands",
                "non_fi_money_orders",
                "non_fi_stored_value_card_purchase_load",
                "nondurable_goods",
                "nurseries_lawn_and_garden_supply_stores",
                "nursing_personal_care",
                "office_and_commercial_furniture",
                "opticians_eyeglasses",
                "optometrists_ophthalmologist",
                "orthopedic_goods_prosthetic_devices",
                "osteopaths",
                "package_stores_beer_wine_and_liquor",
                "paints_varnishes_and_supplies",
                "parking_lots_garages",
                "passenger_railways",
                "pawn_shops",
                "pet_shops_pet_food_and_supplies",
                "petroleum_and_petroleum_products",
                "photo_developing",
                "photographic_photocopy_microfilm_equipment_and_supplies",
                "photographic_studios",
                "picture_video_production",
                "piece_goods_notions_and_other_dry_goods",
                "plumbing_heating_equipment_and_supplies",
                "political_organizations",
                "postal_services_government_only",
                "precious_stones_and_metals_watches_and_jewelry",
                "professional_services",
                "public_warehousing_and_storage",
                "quick_copy_repro_and_blueprint",
                "railroads",
                "real_estate_agents_and_managers_rentals",
                "record_stores",
                "recreational_vehicle_rentals",
                "religious_goods_stores",
                "religious_organizations",
                "roofing_siding_sheet_metal",
                "secretarial_support_services",
                "security_brokers_dealers",
                "service_stations",
                "sewing_needlework_fabric_and_piece_goods_stores",
                "shoe_repair_hat_cleaning",
                "shoe_stores",
                "small_appliance_repair",
                "snowmobile_dealers",
                "special_trade_services",
                "specialty_cleaning",
                "sporting_goods_stores",
                "sporting_recreation_camps",
                "sports_and_riding_apparel_stores",
                "sports_clubs_fields",
                "stamp_and_coin_stores",
                "stationary_office_supplies_printing_and_writing_paper",
                "stationery_stores_office_and_school_supply_stores",
                "swimming_pools_sales",
                "t_ui_travel_germany",
                "tailors_alterations",
                "tax_payments_government_agencies",
                "tax_preparation_services",
                "taxicabs_limousines",
                "telecommunication_equipment_and_telephone_sales",
                "telecommunication_services",
                "telegraph_services",
                "tent_and_awning_shops",
                "testing_laboratories",
                "theatrical_ticket_agencies",
                "timeshares",
                "tire_retreading_and_repair",
                "tolls_bridge_fees",
                "tourist_attractions_and_exhibits",
                "towing_services",
                "trailer_parks_campgrounds",
                "transportation_services",
                "travel_agencies_tour_operators",
                "truck_stop_iteration",
                "truck_utility_trailer_rentals",
                "typesetting_plate_making_and_related_services",
                "typewriter_stores",
                "u_s_federal_government_agencies_or_departments",
                "uniforms_commercial_clothing",
                "used_merchandise_and_secondhand_stores",
                "utilities",
                "variety_stores",
                "veterinary_services",
                "video_amusement_game_supplies",
                "video_game_arcades",
                "video_tape_rental_stores",
                "vocational_trade_schools",
                "watch_jewelry_repair",
                "welding_repair",
                "wholesale_clubs",
                "wig_and_toupee_stores",
                "wires_money_orders",
                "womens_accessory_and_specialty_shops",
                "womens_ready_to_wear_stores",
                "wrecking_and_salvage_yards",
            ]
        ]
        | None
    ]
    """Array of strings containing
    [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category)
    this limit applies to. Omitting this field will apply the limit to all
    categories.
    """

    interval: Literal[
        "all_time", "daily", "monthly", "per_authorization", "weekly", "yearly"
    ]
    """Interval (or event) to which the amount applies."""


class IssuingCardholderUserTermsAcceptance(TypedDict):
    """The `issuing_cardholder_user_terms_acceptance` object."""

    date: NotRequired[int | None]
    """The Unix timestamp marking when the cardholder accepted the Authorized User
    Terms. Required for Celtic Spend Card users.
    """

    ip: NotRequired[str | None]
    """The IP address from which the cardholder accepted the Authorized User Terms.
    Required for Celtic Spend Card users.
    """

    user_agent: NotRequired[str | None]
    """The user agent of the browser from which the cardholder accepted the Authorized
    User Terms.
    """


class IssuingCardholderVerification(TypedDict):
    """The `issuing_cardholder_verification` object."""

    document: NotRequired[IssuingCardholderIdDocument | None]
    """An identifying document, either a passport or local ID card."""


class IssuingDispute(TypedDict):
    """The `issuing.dispute` object.

    As a [card issuer](https://stripe.com/docs/issuing), you can dispute transactions
    that the cardholder does not recognize, suspects to be fraudulent, or has other
    issues with.

    Related guide: [Issuing
    disputes](https://stripe.com/docs/issuing/purchases/disputes)
    """

    amount: int
    """Disputed amount in the card's currency and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal). Usually the amount of the
    `transaction`, but can differ (usually because of currency fluctuation).
    """

    balance_transactions: NotRequired[list[BalanceTransaction] | None]
    """List of balance transactions associated with the dispute."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """The currency the `transaction` was made in."""

    evidence: IssuingDisputeEvidence
    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["issuing.dispute"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    status: Literal["expired", "lost", "submitted", "unsubmitted", "won"]
    """Current status of the dispute."""

    transaction: str | IssuingTransaction
    """The transaction being disputed."""

    treasury: NotRequired[IssuingDisputeTreasury | None]
    """[Treasury](https://stripe.com/docs/api/treasury) details related to this dispute
    if it was created on a [FinancialAccount](/docs/api/treasury/financial_accounts
    """


class IssuingDisputeCanceledEvidence(TypedDict):
    """The `issuing_dispute_canceled_evidence` object."""

    additional_documentation: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional
    documentation supporting the dispute.
    """

    canceled_at: NotRequired[int | None]
    """Date when order was canceled."""

    cancellation_policy_provided: NotRequired[bool | None]
    """Whether the cardholder was provided with a cancellation policy."""

    cancellation_reason: NotRequired[str | None]
    """Reason for canceling the order."""

    expected_at: NotRequired[int | None]
    """Date when the cardholder expected to receive the product."""

    explanation: NotRequired[str | None]
    """Explanation of why the cardholder is disputing this transaction."""

    product_description: NotRequired[str | None]
    """Description of the merchandise or service that was purchased."""

    product_type: NotRequired[Literal["merchandise", "service"] | None]
    """Whether the product was a merchandise or service."""

    return_status: NotRequired[Literal["merchant_rejected", "successful"] | None]
    """Result of cardholder's attempt to return the product."""

    returned_at: NotRequired[int | None]
    """Date when the product was returned or attempted to be returned."""


class IssuingDisputeDuplicateEvidence(TypedDict):
    """The `issuing_dispute_duplicate_evidence` object."""

    additional_documentation: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional
    documentation supporting the dispute.
    """

    card_statement: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Copy of the
    card statement showing that the product had already been paid for.
    """

    cash_receipt: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Copy of the
    receipt showing that the product had been paid for in cash.
    """

    check_image: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Image of the
    front and back of the check that was used to pay for the product.
    """

    explanation: NotRequired[str | None]
    """Explanation of why the cardholder is disputing this transaction."""

    original_transaction: NotRequired[str | None]
    """Transaction (e.g., ipi_...) that the disputed transaction is a duplicate of. Of
    the two or more transactions that are copies of each other, this is original
    undisputed one.
    """


class IssuingDisputeEvidence(TypedDict):
    """The `issuing_dispute_evidence` object."""

    canceled: NotRequired[IssuingDisputeCanceledEvidence]
    duplicate: NotRequired[IssuingDisputeDuplicateEvidence]
    fraudulent: NotRequired[IssuingDisputeFraudulentEvidence]
    merchandise_not_as_described: NotRequired[
        IssuingDisputeMerchandiseNotAsDescribedEvidence
    ]
    not_received: NotRequired[IssuingDisputeNotReceivedEvidence]
    other: NotRequired[IssuingDisputeOtherEvidence]
    reason: Literal[
        "canceled",
        "duplicate",
        "fraudulent",
        "merchandise_not_as_described",
        "not_received",
        "other",
        "service_not_as_described",
    ]
    """The reason for filing the dispute. Its value will match the field containing the
    evidence.
    """

    service_not_as_described: NotRequired[IssuingDisputeServiceNotAsDescribedEvidence]


class IssuingDisputeFraudulentEvidence(TypedDict):
    """The `issuing_dispute_fraudulent_evidence` object."""

    additional_documentation: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional
    documentation supporting the dispute.
    """

    explanation: NotRequired[str | None]
    """Explanation of why the cardholder is disputing this transaction."""


class IssuingDisputeMerchandiseNotAsDescribedEvidence(TypedDict):
    """The `issuing_dispute_merchandise_not_as_described_evidence` object."""

    additional_documentation: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional
    documentation supporting the dispute.
    """

    explanation: NotRequired[str | None]
    """Explanation of why the cardholder is disputing this transaction."""

    received_at: NotRequired[int | None]
    """Date when the product was received."""

    return_description: NotRequired[str | None]
    """Description of the cardholder's attempt to return the product."""

    return_status: NotRequired[Literal["merchant_rejected", "successful"] | None]
    """Result of cardholder's attempt to return the product."""

    returned_at: NotRequired[int | None]
    """Date when the product was returned or attempted to be returned."""


class IssuingDisputeNotReceivedEvidence(TypedDict):
    """The `issuing_dispute_not_received_evidence` object."""

    additional_documentation: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional
    documentation supporting the dispute.
    """

    expected_at: NotRequired[int | None]
    """Date when the cardholder expected to receive the product."""

    explanation: NotRequired[str | None]
    """Explanation of why the cardholder is disputing this transaction."""

    product_description: NotRequired[str | None]
    """Description of the merchandise or service that was purchased."""

    product_type: NotRequired[Literal["merchandise", "service"] | None]
    """Whether the product was a merchandise or service."""


class IssuingDisputeOtherEvidence(TypedDict):
    """The `issuing_dispute_other_evidence` object."""

    additional_documentation: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional
    documentation supporting the dispute.
    """

    explanation: NotRequired[str | None]
    """Explanation of why the cardholder is disputing this transaction."""

    product_description: NotRequired[str | None]
    """Description of the merchandise or service that was purchased."""

    product_type: NotRequired[Literal["merchandise", "service"] | None]
    """Whether the product was a merchandise or service."""


class IssuingDisputeServiceNotAsDescribedEvidence(TypedDict):
    """The `issuing_dispute_service_not_as_described_evidence` object."""

    additional_documentation: NotRequired[str | File | None]
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional
    documentation supporting the dispute.
    """

    canceled_at: NotRequired[int | None]
    """Date when order was canceled."""

    cancellation_reason: NotRequired[str | None]
    """Reason for canceling the order."""

    explanation: NotRequired[str | None]
    """Explanation of why the cardholder is disputing this transaction."""

    received_at: NotRequired[int | None]
    """Date when the product was received."""


class IssuingDisputeTreasury(TypedDict):
    """The `issuing_dispute_treasury` object."""

    debit_reversal: NotRequired[str | None]
    """The Treasury
    [DebitReversal](https://stripe.com/docs/api/treasury/debit_reversals)
    representing this Issuing dispute
    """

    received_debit: str
    """The Treasury
    [ReceivedDebit](https://stripe.com/docs/api/treasury/received_debits) that is
    being disputed.
    """


class IssuingTransaction(TypedDict):
    """The `issuing.transaction` object.

    Any use of an [issued card](https://stripe.com/docs/issuing) that results in
    funds entering or leaving your Stripe account, such as a completed purchase or
    refund, is represented by an Issuing `Transaction` object.

    Related guide: [Issued card
    transactions](https://stripe.com/docs/issuing/purchases/transactions)
    """

    amount: int
    """The transaction amount, which will be reflected in your balance. This amount is
    in your currency and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    amount_details: NotRequired[IssuingTransactionAmountDetails | None]
    """Detailed breakdown of amount components. These amounts are denominated in
    `currency` and in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal).
    """

    authorization: NotRequired[str | IssuingAuthorization | None]
    """The `Authorization` object that led to this transaction."""

    balance_transaction: NotRequired[str | BalanceTransaction | None]
    """ID of the [balance transaction](https://stripe.com/docs/api/balance_transactions)
    associated with this transaction.
    """

    card: str | IssuingCard
    """The card used to make this transaction."""

    cardholder: NotRequired[str | IssuingCardholder | None]
    """The cardholder to whom this transaction belongs."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    dispute: NotRequired[str | IssuingDispute | None]
    """If you've disputed the transaction, the ID of the dispute."""

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    merchant_amount: int
    """The amount that the merchant will receive, denominated in `merchant_currency` and
    in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    It will be different from `amount` if the merchant is taking payment in a
    different currency.
    """

    merchant_currency: str
    """The currency with which the merchant is taking payment."""

    merchant_data: IssuingAuthorizationMerchantData
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["issuing.transaction"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    purchase_details: NotRequired[IssuingTransactionPurchaseDetails | None]
    """Additional purchase information that is optionally provided by the merchant."""

    treasury: NotRequired[IssuingTransactionTreasury | None]
    """[Treasury](https://stripe.com/docs/api/treasury) details related to this
    transaction if it was created on a
    [FinancialAccount](/docs/api/treasury/financial_accounts
    """

    type: Literal["capture", "refund"]
    """The nature of the transaction."""

    wallet: NotRequired[Literal["apple_pay", "google_pay", "samsung_pay"] | None]
    """The digital wallet used for this transaction. One of `apple_pay`, `google_pay`,
    or `samsung_pay`.
    """


class IssuingTransactionAmountDetails(TypedDict):
    """The `issuing_transaction_amount_details` object."""

    atm_fee: NotRequired[int | None]
    """The fee charged by the ATM for the cash withdrawal."""

    cashback_amount: NotRequired[int | None]
    """The amount of cash requested by the cardholder."""


class IssuingTransactionFlightData(TypedDict):
    """The `issuing_transaction_flight_data` object."""

    departure_at: NotRequired[int | None]
    """The time that the flight departed."""

    passenger_name: NotRequired[str | None]
    """The name of the passenger."""

    refundable: NotRequired[bool | None]
    """Whether the ticket is refundable."""

    segments: NotRequired[list[IssuingTransactionFlightDataLeg] | None]
    """The legs of the trip."""

    travel_agency: NotRequired[str | None]
    """The travel agency that issued the ticket."""


class IssuingTransactionFlightDataLeg(TypedDict):
    """The `issuing_transaction_flight_data_leg` object."""

    arrival_airport_code: NotRequired[str | None]
    """The three-letter IATA airport code of the flight's destination."""

    carrier: NotRequired[str | None]
    """The airline carrier code."""

    departure_airport_code: NotRequired[str | None]
    """The three-letter IATA airport code that the flight departed from."""

    flight_number: NotRequired[str | None]
    """The flight number."""

    service_class: NotRequired[str | None]
    """The flight's service class."""

    stopover_allowed: NotRequired[bool | None]
    """Whether a stopover is allowed on this flight."""


class IssuingTransactionFuelData(TypedDict):
    """The `issuing_transaction_fuel_data` object."""

    type: str
    """The type of fuel that was purchased. One of `diesel`, `unleaded_plus`,
    `unleaded_regular`, `unleaded_super`, or `other`.
    """

    unit: str
    """The units for `volume_decimal`. One of `us_gallon` or `liter`."""

    unit_cost_decimal: str
    """The cost in cents per each unit of fuel, represented as a decimal string with at
    most 12 decimal places.
    """

    volume_decimal: NotRequired[str | None]
    """The volume of the fuel that was pumped, represented as a decimal string with at
    most 12 decimal places.
    """


class IssuingTransactionLodgingData(TypedDict):
    """The `issuing_transaction_lodging_data` object."""

    check_in_at: NotRequired[int | None]
    """The time of checking into the lodging."""

    nights: NotRequired[int | None]
    """The number of nights stayed at the lodging."""


class IssuingTransactionPurchaseDetails(TypedDict):
    """The `issuing_transaction_purchase_details` object."""

    flight: NotRequired[IssuingTransactionFlightData | None]
    """Information about the flight that was purchased with this transaction."""

    fuel: NotRequired[IssuingTransactionFuelData | None]
    """Information about fuel that was purchased with this transaction."""

    lodging: NotRequired[IssuingTransactionLodgingData | None]
    """Information about lodging that was purchased with this transaction."""

    receipt: NotRequired[list[IssuingTransactionReceiptData] | None]
    """The line items in the purchase."""

    reference: NotRequired[str | None]
    """A merchant-specific order number."""


class IssuingTransactionReceiptData(TypedDict):
    """The `issuing_transaction_receipt_data` object."""

    description: NotRequired[str | None]
    """The description of the item. The maximum length of this field is 26 characters.
    """

    quantity: NotRequired[float | None]
    """The quantity of the item."""

    total: NotRequired[int | None]
    """The total for this line item in cents."""

    unit_cost: NotRequired[int | None]
    """The unit cost of the item in cents."""


class IssuingTransactionTreasury(TypedDict):
    """The `issuing_transaction_treasury` object."""

    received_credit: NotRequired[str | None]
    """The Treasury
    [ReceivedCredit](https://stripe.com/docs/api/treasury/received_credits)
    representing this Issuing transaction if it is a refund
    """

    received_debit: NotRequired[str | None]
    """The Treasury
    [ReceivedDebit](https://stripe.com/docs/api/treasury/received_debits)
    representing this Issuing transaction if it is a capture
    """


class Item(TypedDict):
    """The `item` object.

    A line item.
    """

    amount_discount: int
    """Total discount amount applied. If no discounts were applied, defaults to 0."""

    amount_subtotal: int
    """Total before any discounts or taxes are applied."""

    amount_tax: int
    """Total tax amount applied. If no tax was applied, defaults to 0."""

    amount_total: int
    """Total after discounts and taxes."""

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    description: str
    """An arbitrary string attached to the object. Often useful for displaying to users.
    Defaults to product name.
    """

    discounts: NotRequired[list[LineItemsDiscountAmount]]
    """The discounts applied to the line item."""

    id: str
    """Unique identifier for the object."""

    object: Literal["item"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    price: NotRequired[Price | None]
    """The price used to generate the line item."""

    quantity: NotRequired[int | None]
    """The quantity of products being purchased."""

    taxes: NotRequired[list[LineItemsTaxAmount]]
    """The taxes applied to the line item."""


class LegalEntityCompany(TypedDict):
    """The `legal_entity_company` object."""

    address: NotRequired[Address]
    address_kana: NotRequired[LegalEntityJapanAddress | None]
    """The Kana variation of the company's primary address (Japan only)."""

    address_kanji: NotRequired[LegalEntityJapanAddress | None]
    """The Kanji variation of the company's primary address (Japan only)."""

    directors_provided: NotRequired[bool]
    """Whether the company's directors have been provided. This Boolean will be `true`
    if you've manually indicated that all directors are provided via [the
    `directors_provided`
    parameter](https://stripe.com/docs/api/accounts/update#update_account-company-directors_provided).
    """

    executives_provided: NotRequired[bool]
    """Whether the company's executives have been provided. This Boolean will be `true`
    if you've manually indicated that all executives are provided via [the
    `executives_provided`
    parameter](https://stripe.com/docs/api/accounts/update#update_account-company-executives_provided),
    or if Stripe determined that sufficient executives were provided.
    """

    export_license_id: NotRequired[str]
    """The export license ID number of the company, also referred as Import Export Code
    (India only).
    """

    export_purpose_code: NotRequired[str]
    """The purpose code to use for export transactions (India only)."""

    name: NotRequired[str | None]
    """The company's legal name."""

    name_kana: NotRequired[str | None]
    """The Kana variation of the company's legal name (Japan only)."""

    name_kanji: NotRequired[str | None]
    """The Kanji variation of the company's legal name (Japan only)."""

    owners_provided: NotRequired[bool]
    """Whether the company's owners have been provided. This Boolean will be `true` if
    you've manually indicated that all owners are provided via [the `owners_provided`
    parameter](https://stripe.com/docs/api/accounts/update#update_account-company-owners_provided),
    or if Stripe determined that sufficient owners were provided. Stripe determines
    ownership requirements using both the number of owners provided and their total
    percent ownership (calculated by adding the `percent_ownership` of each owner
    together).
    """

    ownership_declaration: NotRequired[LegalEntityUboDeclaration | None]
    """This hash is used to attest that the beneficial owner information provided to
    Stripe is both current and correct.
    """

    phone: NotRequired[str | None]
    """The company's phone number (used for verification)."""

    structure: NotRequired[
        Literal[
            "free_zone_establishment",
            "free_zone_llc",
            "government_instrumentality",
            "governmental_unit",
            "incorporated_non_profit",
            "incorporated_partnership",
            "limited_liability_partnership",
            "llc",
            "multi_member_llc",
            "private_company",
            "private_corporation",
            "private_partnership",
            "public_company",
            "public_corporation",
            "public_partnership",
            "single_member_llc",
            "sole_establishment",
            "sole_proprietorship",
            "tax_exempt_government_instrumentality",
            "unincorporated_association",
            "unincorporated_non_profit",
            "unincorporated_partnership",
        ]
    ]
    """The category identifying the legal structure of the company or legal entity. See
    [Business
    structure](https://stripe.com/docs/connect/identity-verification#business-structure)
    for more details.
    """

    tax_id_provided: NotRequired[bool]
    """Whether the company's business ID number was provided."""

    tax_id_registrar: NotRequired[str]
    """The jurisdiction in which the `tax_id` is registered (Germany-based companies
    only).
    """

    vat_id_provided: NotRequired[bool]
    """Whether the company's business VAT number was provided."""

    verification: NotRequired[LegalEntityCompanyVerification | None]
    """Information on the verification state of the company."""


class LegalEntityCompanyVerification(TypedDict):
    """The `legal_entity_company_verification` object."""

    document: LegalEntityCompanyVerificationDocument


class LegalEntityCompanyVerificationDocument(TypedDict):
    """The `legal_entity_company_verification_document` object."""

    back: NotRequired[str | File | None]
    """The back of a document returned by a [file
    upload](https://stripe.com/docs/api#create_file) with a `purpose` value of
    `additional_verification`.
    """

    details: NotRequired[str | None]
    """A user-displayable string describing the verification state of this document."""

    details_code: NotRequired[str | None]
    """One of `document_corrupt`, `document_expired`, `document_failed_copy`,
    `document_failed_greyscale`, `document_failed_other`,
    `document_failed_test_mode`, `document_fraudulent`, `document_incomplete`,
    `document_invalid`, `document_manipulated`, `document_not_readable`,
    `document_not_uploaded`, `document_type_not_supported`, or `document_too_large`.
    A machine-readable code specifying the verification state for this document.
    """

    front: NotRequired[str | File | None]
    """The front of a document returned by a [file
    upload](https://stripe.com/docs/api#create_file) with a `purpose` value of
    `additional_verification`.
    """


class LegalEntityDob(TypedDict):
    """The `legal_entity_dob` object."""

    day: NotRequired[int | None]
    """The day of birth, between 1 and 31."""

    month: NotRequired[int | None]
    """The month of birth, between 1 and 12."""

    year: NotRequired[int | None]
    """The four-digit year of birth."""


class LegalEntityJapanAddress(TypedDict):
    """The `legal_entity_japan_address` object."""

    city: NotRequired[str | None]
    """City/Ward."""

    country: NotRequired[str | None]
    """Two-letter country code ([ISO 3166-1
    alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
    """

    line1: NotRequired[str | None]
    """Block/Building number."""

    line2: NotRequired[str | None]
    """Building details."""

    postal_code: NotRequired[str | None]
    """ZIP or postal code."""

    state: NotRequired[str | None]
    """Prefecture."""

    town: NotRequired[str | None]
    """Town/cho-me."""


class LegalEntityPersonVerification(TypedDict):
    """The `legal_entity_person_verification` object."""

    additional_document: NotRequired[LegalEntityPersonVerificationDocument | None]
    """A document showing address, either a passport, local ID card, or utility bill
    from a well-known utility company.
    """

    details: NotRequired[str | None]
    """A user-displayable string describing the verification state for the person. For
    example, this may say "Provided identity information could not be verified".
    """

    details_code: NotRequired[str | None]
    """One of `document_address_mismatch`, `document_dob_mismatch`,
    `document_duplicate_type`, `document_id_number_mismatch`,
    `document_name_mismatch`, `document_nationality_mismatch`,
    `failed_keyed_identity`, or `failed_other`. A machine-readable code specifying
    the verification state for the person.
    """

    document: NotRequired[LegalEntityPersonVerificationDocument]
    status: str
    """The state of verification for the person. Possible values are `unverified`,
    `pending`, or `verified`.
    """


class LegalEntityPersonVerificationDocument(TypedDict):
    """The `legal_entity_person_verification_document` object."""

    back: NotRequired[str | File | None]
    """The back of an ID returned by a [file
    upload](https://stripe.com/docs/api#create_file) with a `purpose` value of
    `identity_document`.
    """

    details: NotRequired[str | None]
    """A user-displayable string describing the verification state of this document. For
    example, if a document is uploaded and the picture is too fuzzy, this may say
    "Identity document is too unclear to read".
    """

    details_code: NotRequired[str | None]
    """One of `document_corrupt`, `document_country_not_supported`, `document_expired`,
    `document_failed_copy`, `document_failed_other`, `document_failed_test_mode`,
    `document_fraudulent`, `document_failed_greyscale`, `document_incomplete`,
    `document_invalid`, `document_manipulated`, `document_missing_back`,
    `document_missing_front`, `document_not_readable`, `document_not_uploaded`,
    `document_photo_mismatch`, `document_too_large`, or
    `document_type_not_supported`. A machine-readable code specifying the
    verification state for this document.
    """

    front: NotRequired[str | File | None]
    """The front of an ID returned by a [file
    upload](https://stripe.com/docs/api#create_file) with a `purpose` value of
    `identity_document`.
    """


class LegalEntityUboDeclaration(TypedDict):
    """The `legal_entity_ubo_declaration` object."""

    date: NotRequired[int | None]
    """The Unix timestamp marking when the beneficial owner attestation was made."""

    ip: NotRequired[str | None]
    """The IP address from which the beneficial owner attestation was made."""

    user_agent: NotRequired[str | None]
    """The user-agent string from the browser where the beneficial owner attestation was
    made.
    """


class LineItem(TypedDict):
    """The `line_item` object."""

    amount: int
    """The amount, in cents (or local equivalent)."""

    amount_excluding_tax: NotRequired[int | None]
    """The integer amount in cents (or local equivalent) representing the amount for
    this line item, excluding all tax and discounts.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    """

    discount_amounts: NotRequired[list[DiscountsResourceDiscountAmount] | None]
    """The amount of discount calculated per discount for this line item."""

    discountable: bool
    """If true, discounts will apply to this line item. Always false for prorations."""

    discounts: NotRequired[list[str | Discount] | None]
    """The discounts applied to the invoice line item. Line item discounts are applied
    before invoice discounts. Use `expand[]=discounts` to expand each discount.
    """

    id: str
    """Unique identifier for the object."""

    invoice_item: NotRequired[str | Invoiceitem]
    """The ID of the [invoice item](https://stripe.com/docs/api/invoiceitems) associated
    with this line item if any.
    """

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format. Note that for line items with
    `type=subscription` this will reflect the metadata of the subscription that
    caused the line item to be created.
    """

    object: Literal["line_item"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    period: InvoiceLineItemPeriod
    price: NotRequired[Price | None]
    """The price of the line item."""

    proration: bool
    """Whether this is a proration."""

    proration_details: NotRequired[InvoicesResourceLineItemsProrationDetails | None]
    """Additional details for proration line items"""

    quantity: NotRequired[int | None]
    """The quantity of the subscription, if the line item is a subscription or a
    proration.
    """

    subscription: NotRequired[str | Subscription | None]
    """The subscription that the invoice item pertains to, if any."""

    subscription_item: NotRequired[str | SubscriptionItem]
    """The subscription item that generated this line item. Left empty if the line item
    is not an explicit result of a subscription.
    """

    tax_amounts: NotRequired[list[InvoiceTaxAmount]]
    """The amount of tax calculated per tax rate for this line item"""

    tax_rates: NotRequired[list[TaxRate]]
    """The tax rates which apply to the line item."""

    type: Literal["invoiceitem", "subscription"]
    """A string identifying the type of the source of this line item, either an
    `invoiceitem` or a `subscription`.
    """

    unit_amount_excluding_tax: NotRequired[str | None]
    """The amount in cents (or local equivalent) representing the unit amount for this
    line item, excluding all tax and discounts.
    """


class LineItemsDiscountAmount(TypedDict):
    """The `line_items_discount_amount` object."""

    amount: int
    """The amount discounted."""

    discount: Discount


class LineItemsTaxAmount(TypedDict):
    """The `line_items_tax_amount` object."""

    amount: int
    """Amount of tax applied for this rate."""

    rate: TaxRate
    taxability_reason: NotRequired[
        Literal[
            "customer_exempt",
            "not_collecting",
            "not_subject_to_tax",
            "not_supported",
            "portion_product_exempt",
            "portion_reduced_rated",
            "portion_standard_rated",
            "product_exempt",
            "product_exempt_holiday",
            "proportionally_rated",
            "reduced_rated",
            "reverse_charge",
            "standard_rated",
            "taxable_basis_reduced",
            "zero_rated",
        ]
        | None
    ]
    """The reasoning behind this tax, for example, if the product is tax exempt. The
    possible values for this field may be extended as new tax rules are supported.
    """

    taxable_amount: NotRequired[int | None]
    """The amount on which tax is calculated, in cents (or local equivalent)."""


class LinkedAccountOptionsUsBankAccount(TypedDict):
    """The `linked_account_options_us_bank_account` object."""

    permissions: NotRequired[
        list[Literal["balances", "ownership", "payment_method", "transactions"]]
    ]
    """The list of permissions to request. The `payment_method` permission must be
    included.
    """

    prefetch: NotRequired[list[Literal["balances"]] | None]
    """Data features requested to be retrieved upon account creation."""

    return_url: NotRequired[str]
    """For webview integrations only. Upon completing OAuth login in the native browser,
    the user will be redirected to this URL to return to your app.
    """


class Mandate(TypedDict):
    """The `mandate` object.

    A Mandate is a record of the permission a customer has given you to debit their
    payment method.
    """

    customer_acceptance: CustomerAcceptance
    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    multi_use: NotRequired[MandateMultiUse]
    object: Literal["mandate"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    on_behalf_of: NotRequired[str]
    """The account (if any) for which the mandate is intended."""

    payment_method: str | PaymentMethod
    """ID of the payment method associated with this mandate."""

    payment_method_details: MandatePaymentMethodDetails
    single_use: NotRequired[MandateSingleUse]
    status: Literal["active", "inactive", "pending"]
    """The status of the mandate, which indicates whether it can be used to initiate a
    payment.
    """

    type: Literal["multi_use", "single_use"]
    """The type of the mandate."""


class MandateAcssDebit(TypedDict):
    """The `mandate_acss_debit` object."""

    default_for: NotRequired[list[Literal["invoice", "subscription"]]]
    """List of Stripe products where this mandate can be selected automatically."""

    interval_description: NotRequired[str | None]
    """Description of the interval. Only required if the 'payment_schedule' parameter is
    'interval' or 'combined'.
    """

    payment_schedule: Literal["combined", "interval", "sporadic"]
    """Payment schedule for the mandate."""

    transaction_type: Literal["business", "personal"]
    """Transaction type of the mandate."""


class MandateAuBecsDebit(TypedDict):
    """The `mandate_au_becs_debit` object."""

    url: str
    """The URL of the mandate. This URL generally contains sensitive information about
    the customer and should be shared with them exclusively.
    """


class MandateBacsDebit(TypedDict):
    """The `mandate_bacs_debit` object."""

    network_status: Literal["accepted", "pending", "refused", "revoked"]
    """The status of the mandate on the Bacs network. Can be one of `pending`,
    `revoked`, `refused`, or `accepted`.
    """

    reference: str
    """The unique reference identifying the mandate on the Bacs network."""

    url: str
    """The URL that will contain the mandate that the customer has signed."""


class MandateCashapp(TypedDict):
    """The `mandate_cashapp` object."""


class MandateLink(TypedDict):
    """The `mandate_link` object."""


class MandateMultiUse(TypedDict):
    """The `mandate_multi_use` object."""


class MandatePaymentMethodDetails(TypedDict):
    """The `mandate_payment_method_details` object."""

    acss_debit: NotRequired[MandateAcssDebit]
    au_becs_debit: NotRequired[MandateAuBecsDebit]
    bacs_debit: NotRequired[MandateBacsDebit]
    card: NotRequired[CardMandatePaymentMethodDetails]
    cashapp: NotRequired[MandateCashapp]
    link: NotRequired[MandateLink]
    paypal: NotRequired[MandatePaypal]
    sepa_debit: NotRequired[MandateSepaDebit]
    type: str
    """The type of the payment method associated with this mandate. An additional hash
    is included on `payment_method_details` with a name matching this value. It
    contains mandate information specific to the payment method.
    """

    us_bank_account: NotRequired[MandateUsBankAccount]


class MandatePaypal(TypedDict):
    """The `mandate_paypal` object."""

    billing_agreement_id: NotRequired[str | None]
    """The PayPal Billing Agreement ID (BAID). This is an ID generated by PayPal which
    represents the mandate between the merchant and the customer.
    """

    payer_id: NotRequired[str | None]
    """PayPal account PayerID. This identifier uniquely identifies the PayPal customer.
    """


class MandateSepaDebit(TypedDict):
    """The `mandate_sepa_debit` object."""

    reference: str
    """The unique reference of the mandate."""

    url: str
    """The URL of the mandate. This URL generally contains sensitive information about
    the customer and should be shared with them exclusively.
    """


class MandateSingleUse(TypedDict):
    """The `mandate_single_use` object."""

    amount: int
    """On a single use mandate, the amount of the payment."""

    currency: str
    """On a single use mandate, the currency of the payment."""


class MandateUsBankAccount(TypedDict):
    """The `mandate_us_bank_account` object."""


class Networks(TypedDict):
    """The `networks` object."""

    available: list[str]
    """All available networks for the card."""

    preferred: NotRequired[str | None]
    """The preferred network for the card."""


class OfflineAcceptance(TypedDict):
    """The `offline_acceptance` object."""


class OnlineAcceptance(TypedDict):
    """The `online_acceptance` object."""

    ip_address: NotRequired[str | None]
    """The IP address from which the Mandate was accepted by the customer."""

    user_agent: NotRequired[str | None]
    """The user agent of the browser from which the Mandate was accepted by the
    customer.
    """


class PackageDimensions(TypedDict):
    """The `package_dimensions` object."""

    height: float
    """Height, in inches."""

    length: float
    """Length, in inches."""

    weight: float
    """Weight, in ounces."""

    width: float
    """Width, in inches."""


class PaymentFlowsAmountDetails(TypedDict):
    """The `payment_flows_amount_details` object."""

    tip: NotRequired[PaymentFlowsAmountDetailsResourceTip]


class PaymentFlowsAmountDetailsResourceTip(TypedDict):
    """The `payment_flows_amount_details_resource_tip` object."""

    amount: NotRequired[int]
    """Portion of the amount that corresponds to a tip."""


class PaymentFlowsAutomaticPaymentMethodsPaymentIntent(TypedDict):
    """The `payment_flows_automatic_payment_methods_payment_intent` object."""

    allow_redirects: NotRequired[Literal["always", "never"]]
    """Controls whether this PaymentIntent will accept redirect-based payment methods.

    Redirect-based payment methods may require your customer to be redirected to a
    payment method's app or site for authentication or additional steps. To
    [confirm](https://stripe.com/docs/api/payment_intents/confirm) this
    PaymentIntent, you may be required to provide a `return_url` to redirect
    customers back to your site after they authenticate or complete the payment.
    """

    enabled: bool
    """Automatically calculates compatible payment methods"""


class PaymentFlowsAutomaticPaymentMethodsSetupIntent(TypedDict):
    """The `payment_flows_automatic_payment_methods_setup_intent` object."""

    allow_redirects: NotRequired[Literal["always", "never"]]
    """Controls whether this SetupIntent will accept redirect-based payment methods.

    Redirect-based payment methods may require your customer to be redirected to a
    payment method's app or site for authentication or additional steps. To
    [confirm](https://stripe.com/docs/api/setup_intents/confirm) this SetupIntent,
    you may be required to provide a `return_url` to redirect customers back to your
    site after they authenticate or complete the setup.
    """

    enabled: NotRequired[bool | None]
    """Automatically calculates compatible payment methods"""


class PaymentFlowsInstallmentOptions(TypedDict):
    """The `payment_flows_installment_options` object."""

    enabled: bool
    plan: NotRequired[PaymentMethodDetailsCardInstallmentsPlan]


class PaymentFlowsPrivatePaymentMethodsAlipay(TypedDict):
    """The `payment_flows_private_payment_methods_alipay` object."""


class PaymentFlowsPrivatePaymentMethodsAlipayDetails(TypedDict):
    """The `payment_flows_private_payment_methods_alipay_details` object."""

    buyer_id: NotRequired[str]
    """Uniquely identifies this particular Alipay account. You can use this attribute to
    check whether two Alipay accounts are the same.
    """

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular Alipay account. You can use this attribute to
    check whether two Alipay accounts are the same.
    """

    transaction_id: NotRequired[str | None]
    """Transaction ID of this particular Alipay transaction."""


class PaymentFlowsPrivatePaymentMethodsKlarnaDob(TypedDict):
    """The `payment_flows_private_payment_methods_klarna_dob` object."""

    day: NotRequired[int | None]
    """The day of birth, between 1 and 31."""

    month: NotRequired[int | None]
    """The month of birth, between 1 and 12."""

    year: NotRequired[int | None]
    """The four-digit year of birth."""


class PaymentIntent(TypedDict):
    """The `payment_intent` object.

    A PaymentIntent guides you through the process of collecting a payment from your
    customer. We recommend that you create exactly one PaymentIntent for each order
    or customer session in your system. You can reference the PaymentIntent later to
    see the history of payment attempts for a particular session.

    A PaymentIntent transitions through [multiple
    statuses](https://stripe.com/docs/payments/intents#intent-statuses) throughout
    its lifetime as it interfaces with Stripe.js to perform authentication flows and
    ultimately creates at most one successful charge.

    Related guide: [Payment Intents
    API](https://stripe.com/docs/payments/payment-intents)
    """

    amount: int
    """Amount intended to be collected by this PaymentIntent. A positive integer
    representing how much to charge in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge
    $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is
    $0.50 US or [equivalent in charge
    currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts).
    The amount value supports up to eight digits (e.g., a value of 99999999 for a USD
    charge of $999,999.99).
    """

    amount_capturable: NotRequired[int]
    """Amount that can be captured from this PaymentIntent."""

    amount_details: NotRequired[PaymentFlowsAmountDetails]
    amount_received: NotRequired[int]
    """Amount that was collected by this PaymentIntent."""

    application: NotRequired[str | Application | None]
    """ID of the Connect application that created the PaymentIntent."""

    application_fee_amount: NotRequired[int | None]
    """The amount of the application fee (if any) that will be requested to be applied
    to the payment and transferred to the application owner's Stripe account. The
    amount of the application fee collected will be capped at the total payment
    amount. For more information, see the PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts).
    """

    automatic_payment_methods: NotRequired[
        PaymentFlowsAutomaticPaymentMethodsPaymentIntent | None
    ]
    """Settings to configure compatible payment methods from the [Stripe
    Dashboard](https://dashboard.stripe.com/settings/payment_methods)
    """

    canceled_at: NotRequired[int | None]
    """Populated when `status` is `canceled`, this is the time at which the
    PaymentIntent was canceled. Measured in seconds since the Unix epoch.
    """

    cancellation_reason: NotRequired[
        Literal[
            "abandoned",
            "automatic",
            "duplicate",
            "failed_invoice",
            "fraudulent",
            "requested_by_customer",
            "void_invoice",
        ]
        | None
    ]
    """Reason for cancellation of this PaymentIntent, either user-provided (`duplicate`,
    `fraudulent`, `requested_by_customer`, or `abandoned`) or generated by Stripe
    internally (`failed_invoice`, `void_invoice`, or `automatic`).
    """

    capture_method: Literal["automatic", "automatic_async", "manual"]
    """Controls when the funds will be captured from the customer's account."""

    client_secret: NotRequired[str | None]
    """The client secret of this PaymentIntent. Used for client-side retrieval using a
    publishable key.

    The client secret can be used to complete a payment from your frontend. It should
    not be stored, logged, or exposed to anyone other than the customer. Make sure
    that you have TLS enabled on any page that includes the client secret.

    Refer to our docs to [accept a
    payment](https://stripe.com/docs/payments/accept-a-payment?ui=elements) and learn
    about how `client_secret` should be handled.
    """

    confirmation_method: Literal["automatic", "manual"]
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    customer: NotRequired[str | Customer | DeletedCustomer | None]
    """ID of the Customer this PaymentIntent belongs to, if one exists.

    Payment methods attached to other Customers cannot be used with this
    PaymentIntent.

    If present in combination with
    [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage),
    this PaymentIntent's payment method will be attached to the Customer after the
    PaymentIntent has been confirmed and any required actions from the user are
    complete.
    """

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    """

    id: str
    """Unique identifier for the object."""

    invoice: NotRequired[str | Invoice | None]
    """ID of the invoice that created this PaymentIntent, if it exists."""

    last_payment_error: NotRequired[ApiErrors | None]
    """The payment error encountered in the previous PaymentIntent confirmation. It will
    be cleared if the PaymentIntent is later updated for any reason.
    """

    latest_charge: NotRequired[str | Charge | None]
    """The latest charge created by this payment intent."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: NotRequired[dict[str, str]]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format. For more information, see the
    [documentation](https://stripe.com/docs/payments/payment-intents/creating-payment-intents#storing-information-in-metadata).
    """

    next_action: NotRequired[PaymentIntentNextAction | None]
    """If present, this property tells you what actions you need to take in order for
    your customer to fulfill a payment using the provided source.
    """

    object: Literal["payment_intent"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    on_behalf_of: NotRequired[str | Account | None]
    """The account (if any) for which the funds of the PaymentIntent are intended. See
    the PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts) for details.
    """

    payment_method: NotRequired[str | PaymentMethod | None]
    """ID of the payment method used in this PaymentIntent."""

    payment_method_options: NotRequired[PaymentIntentPaymentMethodOptions | None]
    """Payment-method-specific configuration for this PaymentIntent."""

    payment_method_types: list[str]
    """The list of payment method types (e.g. card) that this PaymentIntent is allowed
    to use.
    """

    processing: NotRequired[PaymentIntentProcessing | None]
    """If present, this property tells you about the processing state of the payment."""

    receipt_email: NotRequired[str | None]
    """Email address that the receipt for the resulting payment will be sent to. If
    `receipt_email` is specified for a payment in live mode, a receipt will be sent
    regardless of your [email settings](https://dashboard.stripe.com/account/emails).
    """

    review: NotRequired[str | Review | None]
    """ID of the review associated with this PaymentIntent, if any."""

    setup_future_usage: NotRequired[Literal["off_session", "on_session"] | None]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """

    shipping: NotRequired[Shipping | None]
    """Shipping information for this PaymentIntent."""

    statement_descriptor: NotRequired[str | None]
    """For non-card charges, you can use this value as the complete description that
    appears on your customers’ statements. Must contain at least one letter, maximum
    22 characters.
    """

    statement_descriptor_suffix: NotRequired[str | None]
    """Provides information about a card payment that customers see on their statements.
    Concatenated with the prefix (shortened descriptor) or statement descriptor
    that’s set on the account to form the complete statement descriptor. Maximum 22
    characters for the concatenated descriptor.
    """

    status: Literal[
        "canceled",
        "processing",
        "requires_action",
        "requires_capture",
        "requires_confirmation",
        "requires_payment_method",
        "succeeded",
    ]
    """Status of this PaymentIntent, one of `requires_payment_method`,
    `requires_confirmation`, `requires_action`, `processing`, `requires_capture`,
    `canceled`, or `succeeded`. Read more about each PaymentIntent
    [status](https://stripe.com/docs/payments/intents#intent-statuses).
    """

    transfer_data: NotRequired[TransferData | None]
    """The data with which to automatically create a Transfer when the payment is
    finalized. See the PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts) for details.
    """

    transfer_group: NotRequired[str | None]
    """A string that identifies the resulting payment as part of a group. See the
    PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/connect/separate-charges-and-transfers) for
    details.
    """


class PaymentIntentCardProcessing(TypedDict):
    """The `payment_intent_card_processing` object."""

    customer_notification: NotRequired[PaymentIntentProcessingCustomerNotification]


class PaymentIntentNextAction(TypedDict):
    """The `payment_intent_next_action` object."""

    alipay_handle_redirect: NotRequired[PaymentIntentNextActionAlipayHandleRedirect]
    boleto_display_details: NotRequired[PaymentIntentNextActionBoleto]
    card_await_notification: NotRequired[PaymentIntentNextActionCardAwaitNotification]
    cashapp_handle_redirect_or_display_qr_code: NotRequired[
        PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode
    ]
    display_bank_transfer_instructions: NotRequired[
        PaymentIntentNextActionDisplayBankTransferInstructions
    ]
    konbini_display_details: NotRequired[PaymentIntentNextActionKonbini]
    oxxo_display_details: NotRequired[PaymentIntentNextActionDisplayOxxoDetails]
    paynow_display_qr_code: NotRequired[PaymentIntentNextActionPaynowDisplayQrCode]
    pix_display_qr_code: NotRequired[PaymentIntentNextActionPixDisplayQrCode]
    promptpay_display_qr_code: NotRequired[
        PaymentIntentNextActionPromptpayDisplayQrCode
    ]
    redirect_to_url: NotRequired[PaymentIntentNextActionRedirectToUrl]
    type: str
    """Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`,
    `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`.
    """

    use_stripe_sdk: NotRequired[dict[str, Any]]
    """When confirming a PaymentIntent with Stripe.js, Stripe.js depends on the contents
    of this dictionary to invoke authentication flows. The shape of the contents is
    subject to change and is only intended to be used by Stripe.js.
    """

    verify_with_microdeposits: NotRequired[
        PaymentIntentNextActionVerifyWithMicrodeposits
    ]
    wechat_pay_display_qr_code: NotRequired[
        PaymentIntentNextActionWechatPayDisplayQrCode
    ]
    wechat_pay_redirect_to_android_app: NotRequired[
        PaymentIntentNextActionWechatPayRedirectToAndroidApp
    ]
    wechat_pay_redirect_to_ios_app: NotRequired[
        PaymentIntentNextActionWechatPayRedirectToIosApp
    ]


class PaymentIntentNextActionAlipayHandleRedirect(TypedDict):
    """The `payment_intent_next_action_alipay_handle_redirect` object."""

    native_data: NotRequired[str | None]
    """The native data to be used with Alipay SDK you must redirect your customer to in
    order to authenticate the payment in an Android App.
    """

    native_url: NotRequired[str | None]
    """The native URL you must redirect your customer to in order to authenticate the
    payment in an iOS App.
    """

    return_url: NotRequired[str | None]
    """If the customer does not exit their browser while authenticating, they will be
    redirected to this specified URL after completion.
    """

    url: NotRequired[str | None]
    """The URL you must redirect your customer to in order to authenticate the payment.
    """


class PaymentIntentNextActionBoleto(TypedDict):
    """The `payment_intent_next_action_boleto` object."""

    expires_at: NotRequired[int | None]
    """The timestamp after which the boleto expires."""

    hosted_voucher_url: NotRequired[str | None]
    """The URL to the hosted boleto voucher page, which allows customers to view the
    boleto voucher.
    """

    number: NotRequired[str | None]
    """The boleto number."""

    pdf: NotRequired[str | None]
    """The URL to the downloadable boleto voucher PDF."""


class PaymentIntentNextActionCardAwaitNotification(TypedDict):
    """The `payment_intent_next_action_card_await_notification` object."""

    charge_attempt_at: NotRequired[int | None]
    """The time that payment will be attempted. If customer approval is required, they
    need to provide approval before this time.
    """

    customer_approval_required: NotRequired[bool | None]
    """For payments greater than INR 15000, the customer must provide explicit approval
    of the payment with their bank. For payments of lower amount, no customer action
    is required.
    """


class PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode(TypedDict):
    """The `payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code`
    object.
    """

    hosted_instructions_url: str
    """The URL to the hosted Cash App Pay instructions page, which allows customers to
    view the QR code, and supports QR code refreshing on expiration.
    """

    mobile_auth_url: str
    """The url for mobile redirect based auth"""

    qr_code: PaymentIntentNextActionCashappQrCode


class PaymentIntentNextActionCashappQrCode(TypedDict):
    """The `payment_intent_next_action_cashapp_qr_code` object."""

    expires_at: int
    """The date (unix timestamp) when the QR code expires."""

    image_url_png: str
    """The image_url_png string used to render QR code"""

    image_url_svg: str
    """The image_url_svg string used to render QR code"""


class PaymentIntentNextActionDisplayBankTransferInstructions(TypedDict):
    """The `payment_intent_next_action_display_bank_transfer_instructions` object."""

    amount_remaining: NotRequired[int | None]
    """The remaining amount that needs to be transferred to complete the payment."""

    currency: NotRequired[str | None]
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    financial_addresses: NotRequired[
        list[FundingInstructionsBankTransferFinancialAddress]
    ]
    """A list of financial addresses that can be used to fund the customer balance"""

    hosted_instructions_url: NotRequired[str | None]
    """A link to a hosted page that guides your customer through completing the
    transfer.
    """

    reference: NotRequired[str | None]
    """A string identifying this payment. Instruct your customer to include this code in
    the reference or memo field of their bank transfer.
    """

    type: Literal[
        "eu_bank_transfer",
        "gb_bank_transfer",
        "jp_bank_transfer",
        "mx_bank_transfer",
        "us_bank_transfer",
    ]
    """Type of bank transfer"""


class PaymentIntentNextActionDisplayOxxoDetails(TypedDict):
    """The `payment_intent_next_action_display_oxxo_details` object."""

    expires_after: NotRequired[int | None]
    """The timestamp after which the OXXO voucher expires."""

    hosted_voucher_url: NotRequired[str | None]
    """The URL for the hosted OXXO voucher page, which allows customers to view and
    print an OXXO voucher.
    """

    number: NotRequired[str | None]
    """OXXO reference number."""


class PaymentIntentNextActionKonbini(TypedDict):
    """The `payment_intent_next_action_konbini` object."""

    expires_at: int
    """The timestamp at which the pending Konbini payment expires."""

    hosted_voucher_url: NotRequired[str | None]
    """The URL for the Konbini payment instructions page, which allows customers to view
    and print a Konbini voucher.
    """

    stores: PaymentIntentNextActionKonbiniStores


class PaymentIntentNextActionKonbiniFamilymart(TypedDict):
    """The `payment_intent_next_action_konbini_familymart` object."""

    confirmation_number: NotRequired[str]
    """The confirmation number."""

    payment_code: str
    """The payment code."""


class PaymentIntentNextActionKonbiniLawson(TypedDict):
    """The `payment_intent_next_action_konbini_lawson` object."""

    confirmation_number: NotRequired[str]
    """The confirmation number."""

    payment_code: str
    """The payment code."""


class PaymentIntentNextActionKonbiniMinistop(TypedDict):
    """The `payment_intent_next_action_konbini_ministop` object."""

    confirmation_number: NotRequired[str]
    """The confirmation number."""

    payment_code: str
    """The payment code."""


class PaymentIntentNextActionKonbiniSeicomart(TypedDict):
    """The `payment_intent_next_action_konbini_seicomart` object."""

    confirmation_number: NotRequired[str]
    """The confirmation number."""

    payment_code: str
    """The payment code."""


class PaymentIntentNextActionKonbiniStores(TypedDict):
    """The `payment_intent_next_action_konbini_stores` object."""

    familymart: NotRequired[PaymentIntentNextActionKonbiniFamilymart | None]
    """FamilyMart instruction details."""

    lawson: NotRequired[PaymentIntentNextActionKonbiniLawson | None]
    """Lawson instruction details."""

    ministop: NotRequired[PaymentIntentNextActionKonbiniMinistop | None]
    """Ministop instruction details."""

    seicomart: NotRequired[PaymentIntentNextActionKonbiniSeicomart | None]
    """Seicomart instruction details."""


class PaymentIntentNextActionPaynowDisplayQrCode(TypedDict):
    """The `payment_intent_next_action_paynow_display_qr_code` object."""

    data: str
    """The raw data string used to generate QR code, it should be used together with QR
    code library.
    """

    hosted_instructions_url: NotRequired[str | None]
    """The URL to the hosted PayNow instructions page, which allows customers to view
    the PayNow QR code.
    """

    image_url_png: str
    """The image_url_png string used to render QR code"""

    image_url_svg: str
    """The image_url_svg string used to render QR code"""


class PaymentIntentNextActionPixDisplayQrCode(TypedDict):
    """The `payment_intent_next_action_pix_display_qr_code` object."""

    data: NotRequired[str]
    """The raw data string used to generate QR code, it should be used together with QR
    code library.
    """

    expires_at: NotRequired[int]
    """The date (unix timestamp) when the PIX expires."""

    hosted_instructions_url: NotRequired[str]
    """The URL to the hosted pix instructions page, which allows customers to view the
    pix QR code.
    """

    image_url_png: NotRequired[str]
    """The image_url_png string used to render png QR code"""

    image_url_svg: NotRequired[str]
    """The image_url_svg string used to render svg QR code"""


class PaymentIntentNextActionPromptpayDisplayQrCode(TypedDict):
    """The `payment_intent_next_action_promptpay_display_qr_code` object."""

    data: str
    """The raw data string used to generate QR code, it should be used together with QR
    code library.
    """

    hosted_instructions_url: str
    """The URL to the hosted PromptPay instructions page, which allows customers to view
    the PromptPay QR code.
    """

    image_url_png: str
    """The PNG path used to render the QR code, can be used as the source in an HTML img
    tag
    """

    image_url_svg: str
    """The SVG path used to render the QR code, can be used as the source in an HTML img
    tag
    """


class PaymentIntentNextActionRedirectToUrl(TypedDict):
    """The `payment_intent_next_action_redirect_to_url` object."""

    return_url: NotRequired[str | None]
    """If the customer does not exit their browser while authenticating, they will be
    redirected to this specified URL after completion.
    """

    url: NotRequired[str | None]
    """The URL you must redirect your customer to in order to authenticate the payment.
    """


class PaymentIntentNextActionVerifyWithMicrodeposits(TypedDict):
    """The `payment_intent_next_action_verify_with_microdeposits` object."""

    arrival_date: int
    """The timestamp when the microdeposits are expected to land."""

    hosted_verification_url: str
    """The URL for the hosted verification page, which allows customers to verify their
    bank account.
    """

    microdeposit_type: NotRequired[Literal["amounts", "descriptor_code"] | None]
    """The type of the microdeposit sent to the customer. Used to distinguish between
    different verification methods.
    """


class PaymentIntentNextActionWechatPayDisplayQrCode(TypedDict):
    """The `payment_intent_next_action_wechat_pay_display_qr_code` object."""

    data: str
    """The data being used to generate QR code"""

    hosted_instructions_url: str
    """The URL to the hosted WeChat Pay instructions page, which allows customers to
    view the WeChat Pay QR code.
    """

    image_data_url: str
    """The base64 image data for a pre-generated QR code"""

    image_url_png: str
    """The image_url_png string used to render QR code"""

    image_url_svg: str
    """The image_url_svg string used to render QR code"""


class PaymentIntentNextActionWechatPayRedirectToAndroidApp(TypedDict):
    """The `payment_intent_next_action_wechat_pay_redirect_to_android_app` object."""

    app_id: str
    """app_id is the APP ID registered on WeChat open platform"""

    nonce_str: str
    """nonce_str is a random string"""

    package: str
    """package is static value"""

    partner_id: str
    """an unique merchant ID assigned by WeChat Pay"""

    prepay_id: str
    """an unique trading ID assigned by WeChat Pay"""

    sign: str
    """A signature"""

    timestamp: str
    """Specifies the current time in epoch format"""


class PaymentIntentNextActionWechatPayRedirectToIosApp(TypedDict):
    """The `payment_intent_next_action_wechat_pay_redirect_to_ios_app` object."""

    native_url: str
    """An universal link that redirect to WeChat Pay app"""


class PaymentIntentPaymentMethodOptions(TypedDict):
    """The `payment_intent_payment_method_options` object."""

    acss_debit: NotRequired[
        PaymentIntentPaymentMethodOptionsAcssDebit
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    affirm: NotRequired[
        PaymentMethodOptionsAffirm | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    afterpay_clearpay: NotRequired[
        PaymentMethodOptionsAfterpayClearpay
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    alipay: NotRequired[
        PaymentMethodOptionsAlipay | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    au_becs_debit: NotRequired[
        PaymentIntentPaymentMethodOptionsAuBecsDebit
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    bacs_debit: NotRequired[
        PaymentMethodOptionsBacsDebit
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    bancontact: NotRequired[
        PaymentMethodOptionsBancontact
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    blik: NotRequired[
        PaymentIntentPaymentMethodOptionsBlik
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    boleto: NotRequired[
        PaymentMethodOptionsBoleto | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    card: NotRequired[
        PaymentIntentPaymentMethodOptionsCard
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    card_present: NotRequired[
        PaymentMethodOptionsCardPresent
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    cashapp: NotRequired[
        PaymentMethodOptionsCashapp
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    customer_balance: NotRequired[
        PaymentMethodOptionsCustomerBalance
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    eps: NotRequired[
        PaymentIntentPaymentMethodOptionsEps
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    fpx: NotRequired[
        PaymentMethodOptionsFpx | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    giropay: NotRequired[
        PaymentMethodOptionsGiropay
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    grabpay: NotRequired[
        PaymentMethodOptionsGrabpay
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    ideal: NotRequired[
        PaymentMethodOptionsIdeal | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    interac_present: NotRequired[
        PaymentMethodOptionsInteracPresent
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    klarna: NotRequired[
        PaymentMethodOptionsKlarna | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    konbini: NotRequired[
        PaymentMethodOptionsKonbini
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    link: NotRequired[
        PaymentIntentPaymentMethodOptionsLink
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    oxxo: NotRequired[
        PaymentMethodOptionsOxxo | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    p24: NotRequired[
        PaymentMethodOptionsP24 | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    paynow: NotRequired[
        PaymentMethodOptionsPaynow | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    paypal: NotRequired[
        PaymentMethodOptionsPaypal | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    pix: NotRequired[
        PaymentMethodOptionsPix | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    promptpay: NotRequired[
        PaymentMethodOptionsPromptpay
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    sepa_debit: NotRequired[
        PaymentIntentPaymentMethodOptionsSepaDebit
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    sofort: NotRequired[
        PaymentMethodOptionsSofort | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    us_bank_account: NotRequired[
        PaymentIntentPaymentMethodOptionsUsBankAccount
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    wechat_pay: NotRequired[
        PaymentMethodOptionsWechatPay
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]
    zip: NotRequired[
        PaymentMethodOptionsZip | PaymentIntentTypeSpecificPaymentMethodOptionsClient
    ]


class PaymentIntentPaymentMethodOptionsAcssDebit(TypedDict):
    """The `payment_intent_payment_method_options_acss_debit` object."""

    mandate_options: NotRequired[
        PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit
    ]
    setup_future_usage: NotRequired[Literal["none", "off_session", "on_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """

    verification_method: NotRequired[Literal["automatic", "instant", "microdeposits"]]
    """Bank account verification method."""


class PaymentIntentPaymentMethodOptionsAuBecsDebit(TypedDict):
    """The `payment_intent_payment_method_options_au_becs_debit` object."""

    setup_future_usage: NotRequired[Literal["none", "off_session", "on_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentIntentPaymentMethodOptionsBlik(TypedDict):
    """The `payment_intent_payment_method_options_blik` object."""


class PaymentIntentPaymentMethodOptionsCard(TypedDict):
    """The `payment_intent_payment_method_options_card` object."""

    capture_method: NotRequired[Literal["manual"]]
    """Controls when the funds will be captured from the customer's account."""

    installments: NotRequired[PaymentMethodOptionsCardInstallments | None]
    """Installment details for this payment (Mexico only).

    For more information, see the [installments integration
    guide](https://stripe.com/docs/payments/installments).
    """

    mandate_options: NotRequired[PaymentMethodOptionsCardMandateOptions | None]
    """Configuration options for setting up an eMandate for cards issued in India."""

    network: NotRequired[
        Literal[
            "amex",
            "cartes_bancaires",
            "diners",
            "discover",
            "eftpos_au",
            "interac",
            "jcb",
            "mastercard",
            "unionpay",
            "unknown",
            "visa",
        ]
        | None
    ]
    """Selected network to process this payment intent on. Depends on the available
    networks of the card attached to the payment intent. Can be only set
    confirm-time.
    """

    request_three_d_secure: NotRequired[
        Literal["any", "automatic", "challenge_only"] | None
    ]
    """We strongly recommend that you rely on our SCA Engine to automatically prompt
    your customers for authentication based on risk level and [other
    requirements](https://stripe.com/docs/strong-customer-authentication). However,
    if you wish to request 3D Secure based on logic from your own fraud engine,
    provide this option. Permitted values include: `automatic` or `any`. If not
    provided, defaults to `automatic`. Read our guide on [manually requesting 3D
    Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more
    information on how this configuration interacts with Radar and our SCA Engine.
    """

    setup_future_usage: NotRequired[Literal["none", "off_session", "on_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """

    statement_descriptor_suffix_kana: NotRequired[str]
    """Provides information about a card payment that customers see on their statements.
    Concatenated with the Kana prefix (shortened Kana descriptor) or Kana statement
    descriptor that’s set on the account to form the complete statement descriptor.
    Maximum 22 characters. On card statements, the *concatenation* of both prefix and
    suffix (including separators) will appear truncated to 22 characters.
    """

    statement_descriptor_suffix_kanji: NotRequired[str]
    """Provides information about a card payment that customers see on their statements.
    Concatenated with the Kanji prefix (shortened Kanji descriptor) or Kanji
    statement descriptor that’s set on the account to form the complete statement
    descriptor. Maximum 17 characters. On card statements, the *concatenation* of
    both prefix and suffix (including separators) will appear truncated to 17
    characters.
    """


class PaymentIntentPaymentMethodOptionsEps(TypedDict):
    """The `payment_intent_payment_method_options_eps` object."""

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentIntentPaymentMethodOptionsLink(TypedDict):
    """The `payment_intent_payment_method_options_link` object."""

    capture_method: NotRequired[Literal["manual"]]
    """Controls when the funds will be captured from the customer's account."""

    setup_future_usage: NotRequired[Literal["none", "off_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit(TypedDict):
    """The `payment_intent_payment_method_options_mandate_options_acss_debit` object."""

    custom_mandate_url: NotRequired[str]
    """A URL for custom mandate text"""

    interval_description: NotRequired[str | None]
    """Description of the interval. Only required if the 'payment_schedule' parameter is
    'interval' or 'combined'.
    """

    payment_schedule: NotRequired[Literal["combined", "interval", "sporadic"] | None]
    """Payment schedule for the mandate."""

    transaction_type: NotRequired[Literal["business", "personal"] | None]
    """Transaction type of the mandate."""


class PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit(TypedDict):
    """The `payment_intent_payment_method_options_mandate_options_sepa_debit` object."""


class PaymentIntentPaymentMethodOptionsSepaDebit(TypedDict):
    """The `payment_intent_payment_method_options_sepa_debit` object."""

    mandate_options: NotRequired[
        PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit
    ]
    setup_future_usage: NotRequired[Literal["none", "off_session", "on_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentIntentPaymentMethodOptionsUsBankAccount(TypedDict):
    """The `payment_intent_payment_method_options_us_bank_account` object."""

    financial_connections: NotRequired[LinkedAccountOptionsUsBankAccount]
    preferred_settlement_speed: NotRequired[Literal["fastest", "standard"]]
    """Preferred transaction settlement speed"""

    setup_future_usage: NotRequired[Literal["none", "off_session", "on_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """

    verification_method: NotRequired[Literal["automatic", "instant", "microdeposits"]]
    """Bank account verification method."""


class PaymentIntentProcessing(TypedDict):
    """The `payment_intent_processing` object."""

    card: NotRequired[PaymentIntentCardProcessing]
    type: Literal["card"]
    """Type of the payment method for which payment is in `processing` state, one of
    `card`.
    """


class PaymentIntentProcessingCustomerNotification(TypedDict):
    """The `payment_intent_processing_customer_notification` object."""

    approval_requested: NotRequired[bool | None]
    """Whether customer approval has been requested for this payment. For payments
    greater than INR 15000 or mandate amount, the customer must provide explicit
    approval of the payment with their bank.
    """

    completes_at: NotRequired[int | None]
    """If customer approval is required, they need to provide approval before this time.
    """


class PaymentIntentTypeSpecificPaymentMethodOptionsClient(TypedDict):
    """The `payment_intent_type_specific_payment_method_options_client` object."""

    capture_method: NotRequired[Literal["manual", "manual_preferred"]]
    """Controls when the funds will be captured from the customer's account."""

    installments: NotRequired[PaymentFlowsInstallmentOptions]
    setup_future_usage: NotRequired[Literal["none", "off_session", "on_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """

    verification_method: NotRequired[Literal["automatic", "instant", "microdeposits"]]
    """Bank account verification method."""


class PaymentMethod(TypedDict):
    """The `payment_method` object.

    PaymentMethod objects represent your customer's payment instruments. You can use
    them with [PaymentIntents](https://stripe.com/docs/payments/payment-intents) to
    collect payments or save them to Customer objects to store instrument details for
    future payments.

    Related guides: [Payment
    Methods](https://stripe.com/docs/payments/payment-methods) and [More Payment
    Scenarios](https://stripe.com/docs/payments/more-payment-scenarios).
    """

    acss_debit: NotRequired[PaymentMethodAcssDebit]
    affirm: NotRequired[PaymentMethodAffirm]
    afterpay_clearpay: NotRequired[PaymentMethodAfterpayClearpay]
    alipay: NotRequired[PaymentFlowsPrivatePaymentMethodsAlipay]
    au_becs_debit: NotRequired[PaymentMethodAuBecsDebit]
    bacs_debit: NotRequired[PaymentMethodBacsDebit]
    bancontact: NotRequired[PaymentMethodBancontact]
    billing_details: BillingDetails
    blik: NotRequired[PaymentMethodBlik]
    boleto: NotRequired[PaymentMethodBoleto]
    card: NotRequired[PaymentMethodCard]
    card_present: NotRequired[PaymentMethodCardPresent]
    cashapp: NotRequired[PaymentMethodCashapp]
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    customer: NotRequired[str | Customer | None]
    """The ID of the Customer to which this PaymentMethod is saved. This will not be set
    when the PaymentMethod has not been saved to a Customer.
    """

    customer_balance: NotRequired[PaymentMethodCustomerBalance]
    eps: NotRequired[PaymentMethodEps]
    fpx: NotRequired[PaymentMethodFpx]
    giropay: NotRequired[PaymentMethodGiropay]
    grabpay: NotRequired[PaymentMethodGrabpay]
    id: str
    """Unique identifier for the object."""

    ideal: NotRequired[PaymentMethodIdeal]
    interac_present: NotRequired[PaymentMethodInteracPresent]
    klarna: NotRequired[PaymentMethodKlarna]
    konbini: NotRequired[PaymentMethodKonbini]
    link: NotRequired[PaymentMethodLink]
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["payment_method"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    oxxo: NotRequired[PaymentMethodOxxo]
    p24: NotRequired[PaymentMethodP24]
    paynow: NotRequired[PaymentMethodPaynow]
    paypal: NotRequired[PaymentMethodPaypal]
    pix: NotRequired[PaymentMethodPix]
    promptpay: NotRequired[PaymentMethodPromptpay]
    radar_options: NotRequired[RadarRadarOptions]
    sepa_debit: NotRequired[PaymentMethodSepaDebit]
    sofort: NotRequired[PaymentMethodSofort]
    type: Literal[
        "acss_debit",
        "affirm",
        "afterpay_clearpay",
        "alipay",
        "au_becs_debit",
        "bacs_debit",
        "bancontact",
        "blik",
        "boleto",
        "card",
        "card_present",
        "cashapp",
        "customer_balance",
        "eps",
        "fpx",
        "giropay",
        "grabpay",
        "ideal",
        "interac_present",
        "klarna",
        "konbini",
        "link",
        "oxxo",
        "p24",
        "paynow",
        "paypal",
        "pix",
        "promptpay",
        "sepa_debit",
        "sofort",
        "us_bank_account",
        "wechat_pay",
        "zip",
    ]
    """The type of the PaymentMethod. An additional hash is included on the
    PaymentMethod with a name matching this value. It contains additional information
    specific to the PaymentMethod type.
    """

    us_bank_account: NotRequired[PaymentMethodUsBankAccount]
    wechat_pay: NotRequired[PaymentMethodWechatPay]
    zip: NotRequired[PaymentMethodZip]


class PaymentMethodAcssDebit(TypedDict):
    """The `payment_method_acss_debit` object."""

    bank_name: NotRequired[str | None]
    """Name of the bank associated with the bank account."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular bank account. You can use this attribute to
    check whether two bank accounts are the same.
    """

    institution_number: NotRequired[str | None]
    """Institution number of the bank account."""

    last4: NotRequired[str | None]
    """Last four digits of the bank account number."""

    transit_number: NotRequired[str | None]
    """Transit number of the bank account."""


class PaymentMethodAffirm(TypedDict):
    """The `payment_method_affirm` object."""


class PaymentMethodAfterpayClearpay(TypedDict):
    """The `payment_method_afterpay_clearpay` object."""


class PaymentMethodAuBecsDebit(TypedDict):
    """The `payment_method_au_becs_debit` object."""

    bsb_number: NotRequired[str | None]
    """Six-digit number identifying bank and branch associated with this bank account.
    """

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular bank account. You can use this attribute to
    check whether two bank accounts are the same.
    """

    last4: NotRequired[str | None]
    """Last four digits of the bank account number."""


class PaymentMethodBacsDebit(TypedDict):
    """The `payment_method_bacs_debit` object."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular bank account. You can use this attribute to
    check whether two bank accounts are the same.
    """

    last4: NotRequired[str | None]
    """Last four digits of the bank account number."""

    sort_code: NotRequired[str | None]
    """Sort code of the bank account. (e.g., `10-20-30`)"""


class PaymentMethodBancontact(TypedDict):
    """The `payment_method_bancontact` object."""


class PaymentMethodBlik(TypedDict):
    """The `payment_method_blik` object."""


class PaymentMethodBoleto(TypedDict):
    """The `payment_method_boleto` object."""

    tax_id: str
    """Uniquely identifies the customer tax id (CNPJ or CPF)"""


class PaymentMethodCard(TypedDict):
    """The `payment_method_card` object."""

    brand: str
    """Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`,
    `mastercard`, `unionpay`, `visa`, or `unknown`.
    """

    checks: NotRequired[PaymentMethodCardChecks | None]
    """Checks on Card address and CVC if provided."""

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country of the card. You could use this
    attribute to get a sense of the international breakdown of cards you've
    collected.
    """

    exp_month: int
    """Two-digit number representing the card's expiration month."""

    exp_year: int
    """Four-digit number representing the card's expiration year."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular card number. You can use this attribute to
    check whether two customers who’ve signed up with you are using the same card
    number, for example. For payment methods that tokenize card information (Apple
    Pay, Google Pay), the tokenized number might be provided instead of the
    underlying card number.

    *As of May 1, 2021, card fingerprint in India for Connect changed to allow two
    fingerprints for the same card---one for India and one for the rest of the
    world.*
    """

    funding: str
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""

    generated_from: NotRequired[PaymentMethodCardGeneratedCard | None]
    """Details of the original PaymentMethod that created this object."""

    last4: str
    """The last four digits of the card."""

    networks: NotRequired[Networks | None]
    """Contains information about card networks that can be used to process the payment.
    """

    three_d_secure_usage: NotRequired[ThreeDSecureUsage | None]
    """Contains details on how this Card may be used for 3D Secure authentication."""

    wallet: NotRequired[PaymentMethodCardWallet | None]
    """If this Card is part of a card wallet, this contains the details of the card
    wallet.
    """


class PaymentMethodCardChecks(TypedDict):
    """The `payment_method_card_checks` object."""

    address_line1_check: NotRequired[str | None]
    """If a address line1 was provided, results of the check, one of `pass`, `fail`,
    `unavailable`, or `unchecked`.
    """

    address_postal_code_check: NotRequired[str | None]
    """If a address postal code was provided, results of the check, one of `pass`,
    `fail`, `unavailable`, or `unchecked`.
    """

    cvc_check: NotRequired[str | None]
    """If a CVC was provided, results of the check, one of `pass`, `fail`,
    `unavailable`, or `unchecked`.
    """


class PaymentMethodCardGeneratedCard(TypedDict):
    """The `payment_method_card_generated_card` object."""

    charge: NotRequired[str | None]
    """The charge that created this object."""

    payment_method_details: NotRequired[CardGeneratedFromPaymentMethodDetails | None]
    """Transaction-specific details of the payment method used in the payment."""

    setup_attempt: NotRequired[str | SetupAttempt | None]
    """The ID of the SetupAttempt that generated this PaymentMethod, if any."""


class PaymentMethodCardPresent(TypedDict):
    """The `payment_method_card_present` object."""

    brand: NotRequired[str | None]
    """Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`,
    `mastercard`, `unionpay`, `visa`, or `unknown`.
    """

    cardholder_name: NotRequired[str | None]
    """The cardholder name as read from the card, in [ISO
    7813](https://en.wikipedia.org/wiki/ISO/IEC_7813) format. May include
    alphanumeric characters, special characters and first/last name separator (`/`).
    In some cases, the cardholder name may not be available depending on how the
    issuer has configured the card. Cardholder name is typically not available on
    swipe or contactless payments, such as those made with Apple Pay and Google Pay.
    """

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country of the card. You could use this
    attribute to get a sense of the international breakdown of cards you've
    collected.
    """

    exp_month: int
    """Two-digit number representing the card's expiration month."""

    exp_year: int
    """Four-digit number representing the card's expiration year."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular card number. You can use this attribute to
    check whether two customers who’ve signed up with you are using the same card
    number, for example. For payment methods that tokenize card information (Apple
    Pay, Google Pay), the tokenized number might be provided instead of the
    underlying card number.

    *As of May 1, 2021, card fingerprint in India for Connect changed to allow two
    fingerprints for the same card---one for India and one for the rest of the
    world.*
    """

    funding: NotRequired[str | None]
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""

    last4: NotRequired[str | None]
    """The last four digits of the card."""

    networks: NotRequired[PaymentMethodCardPresentNetworks | None]
    """Contains information about card networks that can be used to process the payment.
    """

    read_method: NotRequired[
        Literal[
            "contact_emv",
            "contactless_emv",
            "contactless_magstripe_mode",
            "magnetic_stripe_fallback",
            "magnetic_stripe_track2",
        ]
        | None
    ]
    """How card details were read in this transaction."""


class PaymentMethodCardPresentNetworks(TypedDict):
    """The `payment_method_card_present_networks` object."""

    available: list[str]
    """All available networks for the card."""

    preferred: NotRequired[str | None]
    """The preferred network for the card."""


class PaymentMethodCardWallet(TypedDict):
    """The `payment_method_card_wallet` object."""

    amex_express_checkout: NotRequired[PaymentMethodCardWalletAmexExpressCheckout]
    apple_pay: NotRequired[PaymentMethodCardWalletApplePay]
    dynamic_last4: NotRequired[str | None]
    """(For tokenized numbers only.) The last four digits of the device account number.
    """

    google_pay: NotRequired[PaymentMethodCardWalletGooglePay]
    link: NotRequired[PaymentMethodCardWalletLink]
    masterpass: NotRequired[PaymentMethodCardWalletMasterpass]
    samsung_pay: NotRequired[PaymentMethodCardWalletSamsungPay]
    type: Literal[
        "amex_express_checkout",
        "apple_pay",
        "google_pay",
        "link",
        "masterpass",
        "samsung_pay",
        "visa_checkout",
    ]
    """The type of the card wallet, one of `amex_express_checkout`, `apple_pay`,
    `google_pay`, `masterpass`, `samsung_pay`, `visa_checkout`, or `link`. An
    additional hash is included on the Wallet subhash with a name matching this
    value. It contains additional information specific to the card wallet type.
    """

    visa_checkout: NotRequired[PaymentMethodCardWalletVisaCheckout]


class PaymentMethodCardWalletAmexExpressCheckout(TypedDict):
    """The `payment_method_card_wallet_amex_express_checkout` object."""


class PaymentMethodCardWalletApplePay(TypedDict):
    """The `payment_method_card_wallet_apple_pay` object."""


class PaymentMethodCardWalletGooglePay(TypedDict):
    """The `payment_method_card_wallet_google_pay` object."""


class PaymentMethodCardWalletLink(TypedDict):
    """The `payment_method_card_wallet_link` object."""


class PaymentMethodCardWalletMasterpass(TypedDict):
    """The `payment_method_card_wallet_masterpass` object."""

    billing_address: NotRequired[Address | None]
    """Owner's verified billing address. Values are verified or provided by the wallet
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """

    email: NotRequired[str | None]
    """Owner's verified email. Values are verified or provided by the wallet directly
    (if supported) at the time of authorization or settlement. They cannot be set or
    mutated.
    """

    name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by the wallet
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """

    shipping_address: NotRequired[Address | None]
    """Owner's verified shipping address. Values are verified or provided by the wallet
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """


class PaymentMethodCardWalletSamsungPay(TypedDict):
    """The `payment_method_card_wallet_samsung_pay` object."""


class PaymentMethodCardWalletVisaCheckout(TypedDict):
    """The `payment_method_card_wallet_visa_checkout` object."""

    billing_address: NotRequired[Address | None]
    """Owner's verified billing address. Values are verified or provided by the wallet
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """

    email: NotRequired[str | None]
    """Owner's verified email. Values are verified or provided by the wallet directly
    (if supported) at the time of authorization or settlement. They cannot be set or
    mutated.
    """

    name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by the wallet
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """

    shipping_address: NotRequired[Address | None]
    """Owner's verified shipping address. Values are verified or provided by the wallet
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """


class PaymentMethodCashapp(TypedDict):
    """The `payment_method_cashapp` object."""

    buyer_id: NotRequired[str | None]
    """A unique and immutable identifier assigned by Cash App to every buyer."""

    cashtag: NotRequired[str | None]
    """A public identifier for buyers using Cash App."""


class PaymentMethodCustomerBalance(TypedDict):
    """The `payment_method_customer_balance` object."""


class PaymentMethodDetails(TypedDict):
    """The `payment_method_details` object."""

    ach_credit_transfer: NotRequired[PaymentMethodDetailsAchCreditTransfer]
    ach_debit: NotRequired[PaymentMethodDetailsAchDebit]
    acss_debit: NotRequired[PaymentMethodDetailsAcssDebit]
    affirm: NotRequired[PaymentMethodDetailsAffirm]
    afterpay_clearpay: NotRequired[PaymentMethodDetailsAfterpayClearpay]
    alipay: NotRequired[PaymentFlowsPrivatePaymentMethodsAlipayDetails]
    au_becs_debit: NotRequired[PaymentMethodDetailsAuBecsDebit]
    bacs_debit: NotRequired[PaymentMethodDetailsBacsDebit]
    bancontact: NotRequired[PaymentMethodDetailsBancontact]
    blik: NotRequired[PaymentMethodDetailsBlik]
    boleto: NotRequired[PaymentMethodDetailsBoleto]
    card: NotRequired[PaymentMethodDetailsCard]
    card_present: NotRequired[PaymentMethodDetailsCardPresent]
    cashapp: NotRequired[PaymentMethodDetailsCashapp]
    customer_balance: NotRequired[PaymentMethodDetailsCustomerBalance]
    eps: NotRequired[PaymentMethodDetailsEps]
    fpx: NotRequired[PaymentMethodDetailsFpx]
    giropay: NotRequired[PaymentMethodDetailsGiropay]
    grabpay: NotRequired[PaymentMethodDetailsGrabpay]
    ideal: NotRequired[PaymentMethodDetailsIdeal]
    interac_present: NotRequired[PaymentMethodDetailsInteracPresent]
    klarna: NotRequired[PaymentMethodDetailsKlarna]
    konbini: NotRequired[PaymentMethodDetailsKonbini]
    link: NotRequired[PaymentMethodDetailsLink]
    multibanco: NotRequired[PaymentMethodDetailsMultibanco]
    oxxo: NotRequired[PaymentMethodDetailsOxxo]
    p24: NotRequired[PaymentMethodDetailsP24]
    paynow: NotRequired[PaymentMethodDetailsPaynow]
    paypal: NotRequired[PaymentMethodDetailsPaypal]
    pix: NotRequired[PaymentMethodDetailsPix]
    promptpay: NotRequired[PaymentMethodDetailsPromptpay]
    sepa_debit: NotRequired[PaymentMethodDetailsSepaDebit]
    sofort: NotRequired[PaymentMethodDetailsSofort]
    stripe_account: NotRequired[PaymentMethodDetailsStripeAccount]
    type: str
    """The type of transaction-specific details of the payment method used in the
    payment, one of `ach_credit_transfer`, `ach_debit`, `acss_debit`, `alipay`,
    `au_becs_debit`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`,
    `klarna`, `multibanco`, `p24`, `sepa_debit`, `sofort`, `stripe_account`, or
    `wechat`. An additional hash is included on `payment_method_details` with a name
    matching this value. It contains information specific to the payment method.
    """

    us_bank_account: NotRequired[PaymentMethodDetailsUsBankAccount]
    wechat: NotRequired[PaymentMethodDetailsWechat]
    wechat_pay: NotRequired[PaymentMethodDetailsWechatPay]
    zip: NotRequired[PaymentMethodDetailsZip]


class PaymentMethodDetailsAchCreditTransfer(TypedDict):
    """The `payment_method_details_ach_credit_transfer` object."""

    account_number: NotRequired[str | None]
    """Account number to transfer funds to."""

    bank_name: NotRequired[str | None]
    """Name of the bank associated with the routing number."""

    routing_number: NotRequired[str | None]
    """Routing transit number for the bank account to transfer funds to."""

    swift_code: NotRequired[str | None]
    """SWIFT code of the bank associated with the routing number."""


class PaymentMethodDetailsAchDebit(TypedDict):
    """The `payment_method_details_ach_debit` object."""

    account_holder_type: NotRequired[Literal["company", "individual"] | None]
    """Type of entity that holds the account. This can be either `individual` or
    `company`.
    """

    bank_name: NotRequired[str | None]
    """Name of the bank associated with the bank account."""

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country the bank account is located in."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular bank account. You can use this attribute to
    check whether two bank accounts are the same.
    """

    last4: NotRequired[str | None]
    """Last four digits of the bank account number."""

    routing_number: NotRequired[str | None]
    """Routing transit number of the bank account."""


class PaymentMethodDetailsAcssDebit(TypedDict):
    """The `payment_method_details_acss_debit` object."""

    bank_name: NotRequired[str | None]
    """Name of the bank associated with the bank account."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular bank account. You can use this attribute to
    check whether two bank accounts are the same.
    """

    institution_number: NotRequired[str | None]
    """Institution number of the bank account"""

    last4: NotRequired[str | None]
    """Last four digits of the bank account number."""

    mandate: NotRequired[str]
    """ID of the mandate used to make this payment."""

    transit_number: NotRequired[str | None]
    """Transit number of the bank account."""


class PaymentMethodDetailsAffirm(TypedDict):
    """The `payment_method_details_affirm` object."""


class PaymentMethodDetailsAfterpayClearpay(TypedDict):
    """The `payment_method_details_afterpay_clearpay` object."""

    order_id: NotRequired[str | None]
    """The Afterpay order ID associated with this payment intent."""

    reference: NotRequired[str | None]
    """Order identifier shown to the merchant in Afterpay’s online portal."""


class PaymentMethodDetailsAuBecsDebit(TypedDict):
    """The `payment_method_details_au_becs_debit` object."""

    bsb_number: NotRequired[str | None]
    """Bank-State-Branch number of the bank account."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular bank account. You can use this attribute to
    check whether two bank accounts are the same.
    """

    last4: NotRequired[str | None]
    """Last four digits of the bank account number."""

    mandate: NotRequired[str]
    """ID of the mandate used to make this payment."""


class PaymentMethodDetailsBacsDebit(TypedDict):
    """The `payment_method_details_bacs_debit` object."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular bank account. You can use this attribute to
    check whether two bank accounts are the same.
    """

    last4: NotRequired[str | None]
    """Last four digits of the bank account number."""

    mandate: NotRequired[str | None]
    """ID of the mandate used to make this payment."""

    sort_code: NotRequired[str | None]
    """Sort code of the bank account. (e.g., `10-20-30`)"""


class PaymentMethodDetailsBancontact(TypedDict):
    """The `payment_method_details_bancontact` object."""

    bank_code: NotRequired[str | None]
    """Bank code of bank associated with the bank account."""

    bank_name: NotRequired[str | None]
    """Name of the bank associated with the bank account."""

    bic: NotRequired[str | None]
    """Bank Identifier Code of the bank associated with the bank account."""

    generated_sepa_debit: NotRequired[str | PaymentMethod | None]
    """The ID of the SEPA Direct Debit PaymentMethod which was generated by this Charge.
    """

    generated_sepa_debit_mandate: NotRequired[str | Mandate | None]
    """The mandate for the SEPA Direct Debit PaymentMethod which was generated by this
    Charge.
    """

    iban_last4: NotRequired[str | None]
    """Last four characters of the IBAN."""

    preferred_language: NotRequired[Literal["de", "en", "fr", "nl"] | None]
    """Preferred language of the Bancontact authorization page that the customer is
    redirected to. Can be one of `en`, `de`, `fr`, or `nl`
    """

    verified_name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by Bancontact
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """


class PaymentMethodDetailsBlik(TypedDict):
    """The `payment_method_details_blik` object."""


class PaymentMethodDetailsBoleto(TypedDict):
    """The `payment_method_details_boleto` object."""

    tax_id: str
    """The tax ID of the customer (CPF for individuals consumers or CNPJ for businesses
    consumers)
    """


class PaymentMethodDetailsCard(TypedDict):
    """The `payment_method_details_card` object."""

    brand: NotRequired[str | None]
    """Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`,
    `mastercard`, `unionpay`, `visa`, or `unknown`.
    """

    checks: NotRequired[PaymentMethodDetailsCardChecks | None]
    """Check results by Card networks on Card address and CVC at time of payment."""

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country of the card. You could use this
    attribute to get a sense of the international breakdown of cards you've
    collected.
    """

    exp_month: int
    """Two-digit number representing the card's expiration month."""

    exp_year: int
    """Four-digit number representing the card's expiration year."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular card number. You can use this attribute to
    check whether two customers who’ve signed up with you are using the same card
    number, for example. For payment methods that tokenize card information (Apple
    Pay, Google Pay), the tokenized number might be provided instead of the
    underlying card number.

    *As of May 1, 2021, card fingerprint in India for Connect changed to allow two
    fingerprints for the same card---one for India and one for the rest of the
    world.*
    """

    funding: NotRequired[str | None]
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""

    installments: NotRequired[PaymentMethodDetailsCardInstallments | None]
    """Installment details for this payment (Mexico only).

    For more information, see the [installments integration
    guide](https://stripe.com/docs/payments/installments).
    """

    last4: NotRequired[str | None]
    """The last four digits of the card."""

    mandate: NotRequired[str | None]
    """ID of the mandate used to make this payment or created by it."""

    network: NotRequired[str | None]
    """Identifies which network this charge was processed on. Can be `amex`,
    `cartes_bancaires`, `diners`, `discover`, `eftpos_au`, `interac`, `jcb`,
    `mastercard`, `unionpay`, `visa`, or `unknown`.
    """

    network_token: NotRequired[PaymentMethodDetailsCardNetworkToken | None]
    """If this card has network token credentials, this contains the details of the
    network token credentials.
    """

    three_d_secure: NotRequired[ThreeDSecureDetailsCharge | None]
    """Populated if this transaction used 3D Secure authentication."""

    wallet: NotRequired[PaymentMethodDetailsCardWallet | None]
    """If this Card is part of a card wallet, this contains the details of the card
    wallet.
    """


class PaymentMethodDetailsCardChecks(TypedDict):
    """The `payment_method_details_card_checks` object."""

    address_line1_check: NotRequired[str | None]
    """If a address line1 was provided, results of the check, one of `pass`, `fail`,
    `unavailable`, or `unchecked`.
    """

    address_postal_code_check: NotRequired[str | None]
    """If a address postal code was provided, results of the check, one of `pass`,
    `fail`, `unavailable`, or `unchecked`.
    """

    cvc_check: NotRequired[str | None]
    """If a CVC was provided, results of the check, one of `pass`, `fail`,
    `unavailable`, or `unchecked`.
    """


class PaymentMethodDetailsCardInstallments(TypedDict):
    """The `payment_method_details_card_installments` object."""

    plan: NotRequired[PaymentMethodDetailsCardInstallmentsPlan | None]
    """Installment plan selected for the payment."""


class PaymentMethodDetailsCardInstallmentsPlan(TypedDict):
    """The `payment_method_details_card_installments_plan` object."""

    count: NotRequired[int | None]
    """For `fixed_count` installment plans, this is the number of installment payments
    your customer will make to their credit card.
    """

    interval: NotRequired[Literal["month"] | None]
    """For `fixed_count` installment plans, this is the interval between installment
    payments your customer will make to their credit card. One of `month`.
    """

    type: Literal["fixed_count"]
    """Type of installment plan, one of `fixed_count`."""


class PaymentMethodDetailsCardNetworkToken(TypedDict):
    """The `payment_method_details_card_network_token` object."""

    used: bool
    """Indicates if Stripe used a network token, either user provided or Stripe managed
    when processing the transaction.
    """


class PaymentMethodDetailsCardPresent(TypedDict):
    """The `payment_method_details_card_present` object."""

    amount_authorized: NotRequired[int | None]
    """The authorized amount"""

    brand: NotRequired[str | None]
    """Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`,
    `mastercard`, `unionpay`, `visa`, or `unknown`.
    """

    capture_before: NotRequired[int]
    """When using manual capture, a future timestamp after which the charge will be
    automatically refunded if uncaptured.
    """

    cardholder_name: NotRequired[str | None]
    """The cardholder name as read from the card, in [ISO
    7813](https://en.wikipedia.org/wiki/ISO/IEC_7813) format. May include
    alphanumeric characters, special characters and first/last name separator (`/`).
    In some cases, the cardholder name may not be available depending on how the
    issuer has configured the card. Cardholder name is typically not available on
    swipe or contactless payments, such as those made with Apple Pay and Google Pay.
    """

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country of the card. You could use this
    attribute to get a sense of the international breakdown of cards you've
    collected.
    """

    emv_auth_data: NotRequired[str | None]
    """Authorization response cryptogram."""

    exp_month: int
    """Two-digit number representing the card's expiration month."""

    exp_year: int
    """Four-digit number representing the card's expiration year."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular card number. You can use this attribute to
    check whether two customers who’ve signed up with you are using the same card
    number, for example. For payment methods that tokenize card information (Apple
    Pay, Google Pay), the tokenized number might be provided instead of the
    underlying card number.

    *As of May 1, 2021, card fingerprint in India for Connect changed to allow two
    fingerprints for the same card---one for India and one for the rest of the
    world.*
    """

    funding: NotRequired[str | None]
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""

    generated_card: NotRequired[str | None]
    """ID of a card PaymentMethod generated from the card_present PaymentMethod that may
    be attached to a Customer for future transactions. Only present if it was
    possible to generate a card PaymentMethod.
    """

    incremental_authorization_supported: bool
    """Whether this [PaymentIntent](https://stripe.com/docs/api/payment_intents) is
    eligible for incremental authorizations. Request support using
    [request_incremental_authorization_support](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-payment_method_options-card_present-request_incremental_authorization_support).
    """

    last4: NotRequired[str | None]
    """The last four digits of the card."""

    network: NotRequired[str | None]
    """Identifies which network this charge was processed on. Can be `amex`,
    `cartes_bancaires`, `diners`, `discover`, `eftpos_au`, `interac`, `jcb`,
    `mastercard`, `unionpay`, `visa`, or `unknown`.
    """

    overcapture_supported: bool
    """Defines whether the authorized amount can be over-captured or not"""

    read_method: NotRequired[
        Literal[
            "contact_emv",
            "contactless_emv",
            "contactless_magstripe_mode",
            "magnetic_stripe_fallback",
            "magnetic_stripe_track2",
        ]
        | None
    ]
    """How card details were read in this transaction."""

    receipt: NotRequired[PaymentMethodDetailsCardPresentReceipt | None]
    """A collection of fields required to be displayed on receipts. Only required for
    EMV transactions.
    """


class PaymentMethodDetailsCardPresentReceipt(TypedDict):
    """The `payment_method_details_card_present_receipt` object."""

    account_type: NotRequired[Literal["checking", "credit", "prepaid", "unknown"]]
    """The type of account being debited or credited"""

    application_cryptogram: NotRequired[str | None]
    """EMV tag 9F26, cryptogram generated by the integrated circuit chip."""

    application_preferred_name: NotRequired[str | None]
    """Mnenomic of the Application Identifier."""

    authorization_code: NotRequired[str | None]
    """Identifier for this transaction."""

    authorization_response_code: NotRequired[str | None]
    """EMV tag 8A. A code returned by the card issuer."""

    cardholder_verification_method: NotRequired[str | None]
    """How the cardholder verified ownership of the card."""

    dedicated_file_name: NotRequired[str | None]
    """EMV tag 84. Similar to the application identifier stored on the integrated
    circuit chip.
    """

    terminal_verification_results: NotRequired[str | None]
    """The outcome of a series of EMV functions performed by the card reader."""

    transaction_status_information: NotRequired[str | None]
    """An indication of various EMV functions performed during the transaction."""


class PaymentMethodDetailsCardWallet(TypedDict):
    """The `payment_method_details_card_wallet` object."""

    amex_express_checkout: NotRequired[
        PaymentMethodDetailsCardWalletAmexExpressCheckout
    ]
    apple_pay: NotRequired[PaymentMethodDetailsCardWalletApplePay]
    dynamic_last4: NotRequired[str | None]
    """(For tokenized numbers only.) The last four digits of the device account number.
    """

    google_pay: NotRequired[PaymentMethodDetailsCardWalletGooglePay]
    link: NotRequired[PaymentMethodDetailsCardWalletLink]
    masterpass: NotRequired[PaymentMethodDetailsCardWalletMasterpass]
    samsung_pay: NotRequired[PaymentMethodDetailsCardWalletSamsungPay]
    type: Literal[
        "amex_express_checkout",
        "apple_pay",
        "google_pay",
        "link",
        "masterpass",
        "samsung_pay",
        "visa_checkout",
    ]
    """The type of the card wallet, one of `amex_express_checkout`, `apple_pay`,
    `google_pay`, `masterpass`, `samsung_pay`, `visa_checkout`, or `link`. An
    additional hash is included on the Wallet subhash with a name matching this
    value. It contains additional information specific to the card wallet type.
    """

    visa_checkout: NotRequired[PaymentMethodDetailsCardWalletVisaCheckout]


class PaymentMethodDetailsCardWalletAmexExpressCheckout(TypedDict):
    """The `payment_method_details_card_wallet_amex_express_checkout` object."""


class PaymentMethodDetailsCardWalletApplePay(TypedDict):
    """The `payment_method_details_card_wallet_apple_pay` object."""


class PaymentMethodDetailsCardWalletGooglePay(TypedDict):
    """The `payment_method_details_card_wallet_google_pay` object."""


class PaymentMethodDetailsCardWalletLink(TypedDict):
    """The `payment_method_details_card_wallet_link` object."""


class PaymentMethodDetailsCardWalletMasterpass(TypedDict):
    """The `payment_method_details_card_wallet_masterpass` object."""

    billing_address: NotRequired[Address | None]
    """Owner's verified billing address. Values are verified or provided by the wallet
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """

    email: NotRequired[str | None]
    """Owner's verified email. Values are verified or provided by the wallet directly
    (if supported) at the time of authorization or settlement. They cannot be set or
    mutated.
    """

    name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by the wallet
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """

    shipping_address: NotRequired[Address | None]
    """Owner's verified shipping address. Values are verified or provided by the wallet
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """


class PaymentMethodDetailsCardWalletSamsungPay(TypedDict):
    """The `payment_method_details_card_wallet_samsung_pay` object."""


class PaymentMethodDetailsCardWalletVisaCheckout(TypedDict):
    """The `payment_method_details_card_wallet_visa_checkout` object."""

    billing_address: NotRequired[Address | None]
    """Owner's verified billing address. Values are verified or provided by the wallet
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """

    email: NotRequired[str | None]
    """Owner's verified email. Values are verified or provided by the wallet directly
    (if supported) at the time of authorization or settlement. They cannot be set or
    mutated.
    """

    name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by the wallet
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """

    shipping_address: NotRequired[Address | None]
    """Owner's verified shipping address. Values are verified or provided by the wallet
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """


class PaymentMethodDetailsCashapp(TypedDict):
    """The `payment_method_details_cashapp` object."""

    buyer_id: NotRequired[str | None]
    """A unique and immutable identifier assigned by Cash App to every buyer."""

    cashtag: NotRequired[str | None]
    """A public identifier for buyers using Cash App."""


class PaymentMethodDetailsCustomerBalance(TypedDict):
    """The `payment_method_details_customer_balance` object."""


class PaymentMethodDetailsEps(TypedDict):
    """The `payment_method_details_eps` object."""

    bank: NotRequired[
        Literal[
            "arzte_und_apotheker_bank",
            "austrian_anadi_bank_ag",
            "bank_austria",
            "bankhaus_carl_spangler",
            "bankhaus_schelhammer_und_schattera_ag",
            "bawag_psk_ag",
            "bks_bank_ag",
            "brull_kallmus_bank_ag",
            "btv_vier_lander_bank",
            "capital_bank_grawe_gruppe_ag",
            "deutsche_bank_ag",
            "dolomitenbank",
            "easybank_ag",
            "erste_bank_und_sparkassen",
            "hypo_alpeadriabank_international_ag",
            "hypo_bank_burgenland_aktiengesellschaft",
            "hypo_noe_lb_fur_niederosterreich_u_wien",
            "hypo_oberosterreich_salzburg_steiermark",
            "hypo_tirol_bank_ag",
            "hypo_vorarlberg_bank_ag",
            "marchfelder_bank",
            "oberbank_ag",
            "raiffeisen_bankengruppe_osterreich",
            "schoellerbank_ag",
            "sparda_bank_wien",
            "volksbank_gruppe",
            "volkskreditbank_ag",
            "vr_bank_braunau",
        ]
        | None
    ]
    """The customer's bank. Should be one of `arzte_und_apotheker_bank`,
    `austrian_anadi_bank_ag`, `bank_austria`, `bankhaus_carl_spangler`,
    `bankhaus_schelhammer_und_schattera_ag`, `bawag_psk_ag`, `bks_bank_ag`,
    `brull_kallmus_bank_ag`, `btv_vier_lander_bank`, `capital_bank_grawe_gruppe_ag`,
    `deutsche_bank_ag`, `dolomitenbank`, `easybank_ag`, `erste_bank_und_sparkassen`,
    `hypo_alpeadriabank_international_ag`, `hypo_noe_lb_fur_niederosterreich_u_wien`,
    `hypo_oberosterreich_salzburg_steiermark`, `hypo_tirol_bank_ag`,
    `hypo_vorarlberg_bank_ag`, `hypo_bank_burgenland_aktiengesellschaft`,
    `marchfelder_bank`, `oberbank_ag`, `raiffeisen_bankengruppe_osterreich`,
    `schoellerbank_ag`, `sparda_bank_wien`, `volksbank_gruppe`, `volkskreditbank_ag`,
    or `vr_bank_braunau`.
    """

    verified_name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by EPS directly (if
    supported) at the time of authorization or settlement. They cannot be set or
    mutated. EPS rarely provides this information so the attribute is usually empty.
    """


class PaymentMethodDetailsFpx(TypedDict):
    """The `payment_method_details_fpx` object."""

    bank: Literal[
        "affin_bank",
        "agrobank",
        "alliance_bank",
        "ambank",
        "bank_islam",
        "bank_muamalat",
        "bank_of_china",
        "bank_rakyat",
        "bsn",
        "cimb",
        "deutsche_bank",
        "hong_leong_bank",
        "hsbc",
        "kfh",
        "maybank2e",
        "maybank2u",
        "ocbc",
        "pb_enterprise",
        "public_bank",
        "rhb",
        "standard_chartered",
        "uob",
    ]
    """The customer's bank. Can be one of `affin_bank`, `agrobank`, `alliance_bank`,
    `ambank`, `bank_islam`, `bank_muamalat`, `bank_rakyat`, `bsn`, `cimb`,
    `hong_leong_bank`, `hsbc`, `kfh`, `maybank2u`, `ocbc`, `public_bank`, `rhb`,
    `standard_chartered`, `uob`, `deutsche_bank`, `maybank2e`, `pb_enterprise`, or
    `bank_of_china`.
    """

    transaction_id: NotRequired[str | None]
    """Unique transaction id generated by FPX for every request from the merchant"""


class PaymentMethodDetailsGiropay(TypedDict):
    """The `payment_method_details_giropay` object."""

    bank_code: NotRequired[str | None]
    """Bank code of bank associated with the bank account."""

    bank_name: NotRequired[str | None]
    """Name of the bank associated with the bank account."""

    bic: NotRequired[str | None]
    """Bank Identifier Code of the bank associated with the bank account."""

    verified_name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by Giropay directly
    (if supported) at the time of authorization or settlement. They cannot be set or
    mutated. Giropay rarely provides this information so the attribute is usually
    empty.
    """


class PaymentMethodDetailsGrabpay(TypedDict):
    """The `payment_method_details_grabpay` object."""

    transaction_id: NotRequired[str | None]
    """Unique transaction id generated by GrabPay"""


class PaymentMethodDetailsIdeal(TypedDict):
    """The `payment_method_details_ideal` object."""

    bank: NotRequired[
        Literal[
            "abn_amro",
            "asn_bank",
            "bunq",
            "handelsbanken",
            "ing",
            "knab",
            "moneyou",
            "n26",
            "rabobank",
            "regiobank",
            "revolut",
            "sns_bank",
            "triodos_bank",
            "van_lanschot",
            "yoursafe",
        ]
        | None
    ]
    """The customer's bank. Can be one of `abn_amro`, `asn_bank`, `bunq`,
    `handelsbanken`, `ing`, `knab`, `moneyou`, `n26`, `rabobank`, `regiobank`,
    `revolut`, `sns_bank`, `triodos_bank`, `van_lanschot`, or `yoursafe`.
    """

    bic: NotRequired[
        Literal[
            "ABNANL2A",
            "ASNBNL21",
            "BITSNL2A",
            "BUNQNL2A",
            "FVLBNL22",
            "HANDNL2A",
            "INGBNL2A",
            "KNABNL2H",
            "MOYONL21",
            "NTSBDEB1",
            "RABONL2U",
            "RBRBNL21",
            "REVOIE23",
            "REVOLT21",
            "SNSBNL2A",
            "TRIONL2U",
        ]
        | None
    ]
    """The Bank Identifier Code of the customer's bank."""

    generated_sepa_debit: NotRequired[str | PaymentMethod | None]
    """The ID of the SEPA Direct Debit PaymentMethod which was generated by this Charge.
    """

    generated_sepa_debit_mandate: NotRequired[str | Mandate | None]
    """The mandate for the SEPA Direct Debit PaymentMethod which was generated by this
    Charge.
    """

    iban_last4: NotRequired[str | None]
    """Last four characters of the IBAN."""

    verified_name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by iDEAL directly (if
    supported) at the time of authorization or settlement. They cannot be set or
    mutated.
    """


class PaymentMethodDetailsInteracPresent(TypedDict):
    """The `payment_method_details_interac_present` object."""

    brand: NotRequired[str | None]
    """Card brand. Can be `interac`, `mastercard` or `visa`."""

    cardholder_name: NotRequired[str | None]
    """The cardholder name as read from the card, in [ISO
    7813](https://en.wikipedia.org/wiki/ISO/IEC_7813) format. May include
    alphanumeric characters, special characters and first/last name separator (`/`).
    In some cases, the cardholder name may not be available depending on how the
    issuer has configured the card. Cardholder name is typically not available on
    swipe or contactless payments, such as those made with Apple Pay and Google Pay.
    """

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country of the card. You could use this
    attribute to get a sense of the international breakdown of cards you've
    collected.
    """

    emv_auth_data: NotRequired[str | None]
    """Authorization response cryptogram."""

    exp_month: int
    """Two-digit number representing the card's expiration month."""

    exp_year: int
    """Four-digit number representing the card's expiration year."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular card number. You can use this attribute to
    check whether two customers who’ve signed up with you are using the same card
    number, for example. For payment methods that tokenize card information (Apple
    Pay, Google Pay), the tokenized number might be provided instead of the
    underlying card number.

    *As of May 1, 2021, card fingerprint in India for Connect changed to allow two
    fingerprints for the same card---one for India and one for the rest of the
    world.*
    """

    funding: NotRequired[str | None]
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""

    generated_card: NotRequired[str | None]
    """ID of a card PaymentMethod generated from the card_present PaymentMethod that may
    be attached to a Customer for future transactions. Only present if it was
    possible to generate a card PaymentMethod.
    """

    last4: NotRequired[str | None]
    """The last four digits of the card."""

    network: NotRequired[str | None]
    """Identifies which network this charge was processed on. Can be `amex`,
    `cartes_bancaires`, `diners`, `discover`, `eftpos_au`, `interac`, `jcb`,
    `mastercard`, `unionpay`, `visa`, or `unknown`.
    """

    preferred_locales: NotRequired[list[str] | None]
    """EMV tag 5F2D. Preferred languages specified by the integrated circuit chip."""

    read_method: NotRequired[
        Literal[
            "contact_emv",
            "contactless_emv",
            "contactless_magstripe_mode",
            "magnetic_stripe_fallback",
            "magnetic_stripe_track2",
        ]
        | None
    ]
    """How card details were read in this transaction."""

    receipt: NotRequired[PaymentMethodDetailsInteracPresentReceipt | None]
    """A collection of fields required to be displayed on receipts. Only required for
    EMV transactions.
    """


class PaymentMethodDetailsInteracPresentReceipt(TypedDict):
    """The `payment_method_details_interac_present_receipt` object."""

    account_type: NotRequired[Literal["checking", "savings", "unknown"]]
    """The type of account being debited or credited"""

    application_cryptogram: NotRequired[str | None]
    """EMV tag 9F26, cryptogram generated by the integrated circuit chip."""

    application_preferred_name: NotRequired[str | None]
    """Mnenomic of the Application Identifier."""

    authorization_code: NotRequired[str | None]
    """Identifier for this transaction."""

    authorization_response_code: NotRequired[str | None]
    """EMV tag 8A. A code returned by the card issuer."""

    cardholder_verification_method: NotRequired[str | None]
    """How the cardholder verified ownership of the card."""

    dedicated_file_name: NotRequired[str | None]
    """EMV tag 84. Similar to the application identifier stored on the integrated
    circuit chip.
    """

    terminal_verification_results: NotRequired[str | None]
    """The outcome of a series of EMV functions performed by the card reader."""

    transaction_status_information: NotRequired[str | None]
    """An indication of various EMV functions performed during the transaction."""


class PaymentMethodDetailsKlarna(TypedDict):
    """The `payment_method_details_klarna` object."""

    payment_method_category: NotRequired[str | None]
    """The Klarna payment method used for this transaction. Can be one of `pay_later`,
    `pay_now`, `pay_with_financing`, or `pay_in_installments`
    """

    preferred_locale: NotRequired[str | None]
    """Preferred language of the Klarna authorization page that the customer is
    redirected to. Can be one of `de-AT`, `en-AT`, `nl-BE`, `fr-BE`, `en-BE`,
    `de-DE`, `en-DE`, `da-DK`, `en-DK`, `es-ES`, `en-ES`, `fi-FI`, `sv-FI`, `en-FI`,
    `en-GB`, `en-IE`, `it-IT`, `en-IT`, `nl-NL`, `en-NL`, `nb-NO`, `en-NO`, `sv-SE`,
    `en-SE`, `en-US`, `es-US`, `fr-FR`, `en-FR`, `cs-CZ`, `en-CZ`, `el-GR`, `en-GR`,
    `en-AU`, `en-NZ`, `en-CA`, `fr-CA`, `pl-PL`, `en-PL`, `pt-PT`, `en-PT`, `de-CH`,
    `fr-CH`, `it-CH`, or `en-CH`
    """


class PaymentMethodDetailsKonbini(TypedDict):
    """The `payment_method_details_konbini` object."""

    store: NotRequired[PaymentMethodDetailsKonbiniStore | None]
    """If the payment succeeded, this contains the details of the convenience store
    where the payment was completed.
    """


class PaymentMethodDetailsKonbiniStore(TypedDict):
    """The `payment_method_details_konbini_store` object."""

    chain: NotRequired[Literal["familymart", "lawson", "ministop", "seicomart"] | None]
    """The name of the convenience store chain where the payment was completed."""


class PaymentMethodDetailsLink(TypedDict):
    """The `payment_method_details_link` object."""

    country: NotRequired[str | None]
    """Two-letter ISO code representing the funding source country beneath the Link
    payment. You could use this attribute to get a sense of international fees.
    """


class PaymentMethodDetailsMultibanco(TypedDict):
    """The `payment_method_details_multibanco` object."""

    entity: NotRequired[str | None]
    """Entity number associated with this Multibanco payment."""

    reference: NotRequired[str | None]
    """Reference number associated with this Multibanco payment."""


class PaymentMethodDetailsOxxo(TypedDict):
    """The `payment_method_details_oxxo` object."""

    number: NotRequired[str | None]
    """OXXO reference number"""


class PaymentMethodDetailsP24(TypedDict):
    """The `payment_method_details_p24` object."""

    bank: NotRequired[
        Literal[
            "alior_bank",
            "bank_millennium",
            "bank_nowy_bfg_sa",
            "bank_pekao_sa",
            "banki_spbdzielcze",
            "blik",
            "bnp_paribas",
            "boz",
            "citi_handlowy",
            "credit_agricole",
            "envelobank",
            "etransfer_pocztowy24",
            "getin_bank",
            "ideabank",
            "ing",
            "inteligo",
            "mbank_mtransfer",
            "nest_przelew",
            "noble_pay",
            "pbac_z_ipko",
            "plus_bank",
            "santander_przelew24",
            "tmobile_usbugi_bankowe",
            "toyota_bank",
            "volkswagen_bank",
        ]
        | None
    ]
    """The customer's bank. Can be one of `ing`, `citi_handlowy`,
    `tmobile_usbugi_bankowe`, `plus_bank`, `etransfer_pocztowy24`,
    `banki_spbdzielcze`, `bank_nowy_bfg_sa`, `getin_bank`, `blik`, `noble_pay`,
    `ideabank`, `envelobank`, `santander_przelew24`, `nest_przelew`,
    `mbank_mtransfer`, `inteligo`, `pbac_z_ipko`, `bnp_paribas`, `credit_agricole`,
    `toyota_bank`, `bank_pekao_sa`, `volkswagen_bank`, `bank_millennium`,
    `alior_bank`, or `boz`.
    """

    reference: NotRequired[str | None]
    """Unique reference for this Przelewy24 payment."""

    verified_name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by Przelewy24
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated. Przelewy24 rarely provides this information so the attribute
    is usually empty.
    """


class PaymentMethodDetailsPaynow(TypedDict):
    """The `payment_method_details_paynow` object."""

    reference: NotRequired[str | None]
    """Reference number associated with this PayNow payment"""


class PaymentMethodDetailsPaypal(TypedDict):
    """The `payment_method_details_paypal` object."""

    payer_email: NotRequired[str | None]
    """Owner's email. Values are provided by PayPal directly (if supported) at the time
    of authorization or settlement. They cannot be set or mutated.
    """

    payer_id: NotRequired[str | None]
    """PayPal account PayerID. This identifier uniquely identifies the PayPal customer.
    """

    payer_name: NotRequired[str | None]
    """Owner's full name. Values provided by PayPal directly (if supported) at the time
    of authorization or settlement. They cannot be set or mutated.
    """

    seller_protection: NotRequired[PaypalSellerProtection | None]
    """The level of protection offered as defined by PayPal Seller Protection for
    Merchants, for this transaction.
    """

    transaction_id: NotRequired[str | None]
    """A unique ID generated by PayPal for this transaction."""


class PaymentMethodDetailsPix(TypedDict):
    """The `payment_method_details_pix` object."""

    bank_transaction_id: NotRequired[str | None]
    """Unique transaction id generated by BCB"""


class PaymentMethodDetailsPromptpay(TypedDict):
    """The `payment_method_details_promptpay` object."""

    reference: NotRequired[str | None]
    """Bill reference generated by PromptPay"""


class PaymentMethodDetailsSepaDebit(TypedDict):
    """The `payment_method_details_sepa_debit` object."""

    bank_code: NotRequired[str | None]
    """Bank code of bank associated with the bank account."""

    branch_code: NotRequired[str | None]
    """Branch code of bank associated with the bank account."""

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country the bank account is located in."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular bank account. You can use this attribute to
    check whether two bank accounts are the same.
    """

    last4: NotRequired[str | None]
    """Last four characters of the IBAN."""

    mandate: NotRequired[str | None]
    """ID of the mandate used to make this payment."""


class PaymentMethodDetailsSofort(TypedDict):
    """The `payment_method_details_sofort` object."""

    bank_code: NotRequired[str | None]
    """Bank code of bank associated with the bank account."""

    bank_name: NotRequired[str | None]
    """Name of the bank associated with the bank account."""

    bic: NotRequired[str | None]
    """Bank Identifier Code of the bank associated with the bank account."""

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country the bank account is located in."""

    generated_sepa_debit: NotRequired[str | PaymentMethod | None]
    """The ID of the SEPA Direct Debit PaymentMethod which was generated by this Charge.
    """

    generated_sepa_debit_mandate: NotRequired[str | Mandate | None]
    """The mandate for the SEPA Direct Debit PaymentMethod which was generated by this
    Charge.
    """

    iban_last4: NotRequired[str | None]
    """Last four characters of the IBAN."""

    preferred_language: NotRequired[
        Literal["de", "en", "es", "fr", "it", "nl", "pl"] | None
    ]
    """Preferred language of the SOFORT authorization page that the customer is
    redirected to. Can be one of `de`, `en`, `es`, `fr`, `it`, `nl`, or `pl`
    """

    verified_name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by SOFORT directly
    (if supported) at the time of authorization or settlement. They cannot be set or
    mutated.
    """


class PaymentMethodDetailsStripeAccount(TypedDict):
    """The `payment_method_details_stripe_account` object."""


class PaymentMethodDetailsUsBankAccount(TypedDict):
    """The `payment_method_details_us_bank_account` object."""

    account_holder_type: NotRequired[Literal["company", "individual"] | None]
    """Account holder type: individual or company."""

    account_type: NotRequired[Literal["checking", "savings"] | None]
    """Account type: checkings or savings. Defaults to checking if omitted."""

    bank_name: NotRequired[str | None]
    """Name of the bank associated with the bank account."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular bank account. You can use this attribute to
    check whether two bank accounts are the same.
    """

    last4: NotRequired[str | None]
    """Last four digits of the bank account number."""

    routing_number: NotRequired[str | None]
    """Routing number of the bank account."""


class PaymentMethodDetailsWechat(TypedDict):
    """The `payment_method_details_wechat` object."""


class PaymentMethodDetailsWechatPay(TypedDict):
    """The `payment_method_details_wechat_pay` object."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular WeChat Pay account. You can use this
    attribute to check whether two WeChat accounts are the same.
    """

    transaction_id: NotRequired[str | None]
    """Transaction ID of this particular WeChat Pay transaction."""


class PaymentMethodDetailsZip(TypedDict):
    """The `payment_method_details_zip` object."""


class PaymentMethodEps(TypedDict):
    """The `payment_method_eps` object."""

    bank: NotRequired[
        Literal[
            "arzte_und_apotheker_bank",
            "austrian_anadi_bank_ag",
            "bank_austria",
            "bankhaus_carl_spangler",
            "bankhaus_schelhammer_und_schattera_ag",
            "bawag_psk_ag",
            "bks_bank_ag",
            "brull_kallmus_bank_ag",
            "btv_vier_lander_bank",
            "capital_bank_grawe_gruppe_ag",
            "deutsche_bank_ag",
            "dolomitenbank",
            "easybank_ag",
            "erste_bank_und_sparkassen",
            "hypo_alpeadriabank_international_ag",
            "hypo_bank_burgenland_aktiengesellschaft",
            "hypo_noe_lb_fur_niederosterreich_u_wien",
            "hypo_oberosterreich_salzburg_steiermark",
            "hypo_tirol_bank_ag",
            "hypo_vorarlberg_bank_ag",
            "marchfelder_bank",
            "oberbank_ag",
            "raiffeisen_bankengruppe_osterreich",
            "schoellerbank_ag",
            "sparda_bank_wien",
            "volksbank_gruppe",
            "volkskreditbank_ag",
            "vr_bank_braunau",
        ]
        | None
    ]
    """The customer's bank. Should be one of `arzte_und_apotheker_bank`,
    `austrian_anadi_bank_ag`, `bank_austria`, `bankhaus_carl_spangler`,
    `bankhaus_schelhammer_und_schattera_ag`, `bawag_psk_ag`, `bks_bank_ag`,
    `brull_kallmus_bank_ag`, `btv_vier_lander_bank`, `capital_bank_grawe_gruppe_ag`,
    `deutsche_bank_ag`, `dolomitenbank`, `easybank_ag`, `erste_bank_und_sparkassen`,
    `hypo_alpeadriabank_international_ag`, `hypo_noe_lb_fur_niederosterreich_u_wien`,
    `hypo_oberosterreich_salzburg_steiermark`, `hypo_tirol_bank_ag`,
    `hypo_vorarlberg_bank_ag`, `hypo_bank_burgenland_aktiengesellschaft`,
    `marchfelder_bank`, `oberbank_ag`, `raiffeisen_bankengruppe_osterreich`,
    `schoellerbank_ag`, `sparda_bank_wien`, `volksbank_gruppe`, `volkskreditbank_ag`,
    or `vr_bank_braunau`.
    """


class PaymentMethodFpx(TypedDict):
    """The `payment_method_fpx` object."""

    bank: Literal[
        "affin_bank",
        "agrobank",
        "alliance_bank",
        "ambank",
        "bank_islam",
        "bank_muamalat",
        "bank_of_china",
        "bank_rakyat",
        "bsn",
        "cimb",
        "deutsche_bank",
        "hong_leong_bank",
        "hsbc",
        "kfh",
        "maybank2e",
        "maybank2u",
        "ocbc",
        "pb_enterprise",
        "public_bank",
        "rhb",
        "standard_chartered",
        "uob",
    ]
    """The customer's bank, if provided. Can be one of `affin_bank`, `agrobank`,
    `alliance_bank`, `ambank`, `bank_islam`, `bank_muamalat`, `bank_rakyat`, `bsn`,
    `cimb`, `hong_leong_bank`, `hsbc`, `kfh`, `maybank2u`, `ocbc`, `public_bank`,
    `rhb`, `standard_chartered`, `uob`, `deutsche_bank`, `maybank2e`,
    `pb_enterprise`, or `bank_of_china`.
    """


class PaymentMethodGiropay(TypedDict):
    """The `payment_method_giropay` object."""


class PaymentMethodGrabpay(TypedDict):
    """The `payment_method_grabpay` object."""


class PaymentMethodIdeal(TypedDict):
    """The `payment_method_ideal` object."""

    bank: NotRequired[
        Literal[
            "abn_amro",
            "asn_bank",
            "bunq",
            "handelsbanken",
            "ing",
            "knab",
            "moneyou",
            "n26",
            "rabobank",
            "regiobank",
            "revolut",
            "sns_bank",
            "triodos_bank",
            "van_lanschot",
            "yoursafe",
        ]
        | None
    ]
    """The customer's bank, if provided. Can be one of `abn_amro`, `asn_bank`, `bunq`,
    `handelsbanken`, `ing`, `knab`, `moneyou`, `n26`, `rabobank`, `regiobank`,
    `revolut`, `sns_bank`, `triodos_bank`, `van_lanschot`, or `yoursafe`.
    """

    bic: NotRequired[
        Literal[
            "ABNANL2A",
            "ASNBNL21",
            "BITSNL2A",
            "BUNQNL2A",
            "FVLBNL22",
            "HANDNL2A",
            "INGBNL2A",
            "KNABNL2H",
            "MOYONL21",
            "NTSBDEB1",
            "RABONL2U",
            "RBRBNL21",
            "REVOIE23",
            "REVOLT21",
            "SNSBNL2A",
            "TRIONL2U",
        ]
        | None
    ]
    """The Bank Identifier Code of the customer's bank, if the bank was provided."""


class PaymentMethodInteracPresent(TypedDict):
    """The `payment_method_interac_present` object."""

    brand: NotRequired[str | None]
    """Card brand. Can be `interac`, `mastercard` or `visa`."""

    cardholder_name: NotRequired[str | None]
    """The cardholder name as read from the card, in [ISO
    7813](https://en.wikipedia.org/wiki/ISO/IEC_7813) format. May include
    alphanumeric characters, special characters and first/last name separator (`/`).
    In some cases, the cardholder name may not be available depending on how the
    issuer has configured the card. Cardholder name is typically not available on
    swipe or contactless payments, such as those made with Apple Pay and Google Pay.
    """

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country of the card. You could use this
    attribute to get a sense of the international breakdown of cards you've
    collected.
    """

    exp_month: int
    """Two-digit number representing the card's expiration month."""

    exp_year: int
    """Four-digit number representing the card's expiration year."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular card number. You can use this attribute to
    check whether two customers who’ve signed up with you are using the same card
    number, for example. For payment methods that tokenize card information (Apple
    Pay, Google Pay), the tokenized number might be provided instead of the
    underlying card number.

    *As of May 1, 2021, card fingerprint in India for Connect changed to allow two
    fingerprints for the same card---one for India and one for the rest of the
    world.*
    """

    funding: NotRequired[str | None]
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""

    last4: NotRequired[str | None]
    """The last four digits of the card."""

    networks: NotRequired[PaymentMethodCardPresentNetworks | None]
    """Contains information about card networks that can be used to process the payment.
    """

    preferred_locales: NotRequired[list[str] | None]
    """EMV tag 5F2D. Preferred languages specified by the integrated circuit chip."""

    read_method: NotRequired[
        Literal[
            "contact_emv",
            "contactless_emv",
            "contactless_magstripe_mode",
            "magnetic_stripe_fallback",
            "magnetic_stripe_track2",
        ]
        | None
    ]
    """How card details were read in this transaction."""


class PaymentMethodKlarna(TypedDict):
    """The `payment_method_klarna` object."""

    dob: NotRequired[PaymentFlowsPrivatePaymentMethodsKlarnaDob | None]
    """The customer's date of birth, if provided."""


class PaymentMethodKonbini(TypedDict):
    """The `payment_method_konbini` object."""


class PaymentMethodLink(TypedDict):
    """The `payment_method_link` object."""

    email: NotRequired[str | None]
    """Account owner's email address."""


class PaymentMethodOptionsAffirm(TypedDict):
    """The `payment_method_options_affirm` object."""

    capture_method: NotRequired[Literal["manual"]]
    """Controls when the funds will be captured from the customer's account."""

    preferred_locale: NotRequired[str]
    """Preferred language of the Affirm authorization page that the customer is
    redirected to.
    """

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsAfterpayClearpay(TypedDict):
    """The `payment_method_options_afterpay_clearpay` object."""

    capture_method: NotRequired[Literal["manual"]]
    """Controls when the funds will be captured from the customer's account."""

    reference: NotRequired[str | None]
    """Order identifier shown to the customer in Afterpay’s online portal. We recommend
    using a value that helps you answer any questions a customer might have about the
    payment. The identifier is limited to 128 characters and may contain only
    letters, digits, underscores, backslashes and dashes.
    """

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsAlipay(TypedDict):
    """The `payment_method_options_alipay` object."""

    setup_future_usage: NotRequired[Literal["none", "off_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsBacsDebit(TypedDict):
    """The `payment_method_options_bacs_debit` object."""

    setup_future_usage: NotRequired[Literal["none", "off_session", "on_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsBancontact(TypedDict):
    """The `payment_method_options_bancontact` object."""

    preferred_language: Literal["de", "en", "fr", "nl"]
    """Preferred language of the Bancontact authorization page that the customer is
    redirected to.
    """

    setup_future_usage: NotRequired[Literal["none", "off_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsBoleto(TypedDict):
    """The `payment_method_options_boleto` object."""

    expires_after_days: int
    """The number of calendar days before a Boleto voucher expires. For example, if you
    create a Boleto voucher on Monday and you set expires_after_days to 2, the Boleto
    voucher will expire on Wednesday at 23:59 America/Sao_Paulo time.
    """

    setup_future_usage: NotRequired[Literal["none", "off_session", "on_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsCardInstallments(TypedDict):
    """The `payment_method_options_card_installments` object."""

    available_plans: NotRequired[list[PaymentMethodDetailsCardInstallmentsPlan] | None]
    """Installment plans that may be selected for this PaymentIntent."""

    enabled: bool
    """Whether Installments are enabled for this PaymentIntent."""

    plan: NotRequired[PaymentMethodDetailsCardInstallmentsPlan | None]
    """Installment plan selected for this PaymentIntent."""


class PaymentMethodOptionsCardMandateOptions(TypedDict):
    """The `payment_method_options_card_mandate_options` object."""

    amount: int
    """Amount to be charged for future payments."""

    amount_type: Literal["fixed", "maximum"]
    """One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact
    amount to be charged in future payments. If `maximum`, the amount charged can be
    up to the value passed for the `amount` param.
    """

    description: NotRequired[str | None]
    """A description of the mandate or subscription that is meant to be displayed to the
    customer.
    """

    end_date: NotRequired[int | None]
    """End date of the mandate or subscription. If not provided, the mandate will be
    active until canceled. If provided, end date should be after start date.
    """

    interval: Literal["day", "month", "sporadic", "week", "year"]
    """Specifies payment frequency. One of `day`, `week`, `month`, `year`, or
    `sporadic`.
    """

    interval_count: NotRequired[int | None]
    """The number of intervals between payments. For example, `interval=month` and
    `interval_count=3` indicates one payment every three months. Maximum of one year
    interval allowed (1 year, 12 months, or 52 weeks). This parameter is optional
    when `interval=sporadic`.
    """

    reference: str
    """Unique identifier for the mandate or subscription."""

    start_date: int
    """Start date of the mandate or subscription. Start date should not be lesser than
    yesterday.
    """

    supported_types: NotRequired[list[Literal["india"]] | None]
    """Specifies the type of mandates supported. Possible values are `india`."""


class PaymentMethodOptionsCardPresent(TypedDict):
    """The `payment_method_options_card_present` object."""

    request_extended_authorization: NotRequired[bool | None]
    """Request ability to capture this payment beyond the standard [authorization
    validity
    window](https://stripe.com/docs/terminal/features/extended-authorizations#authorization-validity)
    """

    request_incremental_authorization_support: NotRequired[bool | None]
    """Request ability to
    [increment](https://stripe.com/docs/terminal/features/incremental-authorizations)
    this PaymentIntent if the combination of MCC and card brand is eligible. Check
    [incremental_authorization_supported](https://stripe.com/docs/api/charges/object#charge_object-payment_method_details-card_present-incremental_authorization_supported)
    in the [Confirm](https://stripe.com/docs/api/payment_intents/confirm) response to
    verify support.
    """


class PaymentMethodOptionsCashapp(TypedDict):
    """The `payment_method_options_cashapp` object."""

    capture_method: NotRequired[Literal["manual"]]
    """Controls when the funds will be captured from the customer's account."""

    setup_future_usage: NotRequired[Literal["none", "off_session", "on_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsCustomerBalance(TypedDict):
    """The `payment_method_options_customer_balance` object."""

    bank_transfer: NotRequired[PaymentMethodOptionsCustomerBalanceBankTransfer]
    funding_type: NotRequired[Literal["bank_transfer"] | None]
    """The funding method type to be used when there are not enough funds in the
    customer balance. Permitted values include: `bank_transfer`.
    """

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsCustomerBalanceBankTransfer(TypedDict):
    """The `payment_method_options_customer_balance_bank_transfer` object."""

    eu_bank_transfer: NotRequired[PaymentMethodOptionsCustomerBalanceEuBankAccount]
    requested_address_types: NotRequired[
        list[Literal["aba", "iban", "sepa", "sort_code", "spei", "swift", "zengin"]]
    ]
    """List of address types that should be returned in the financial_addresses
    response. If not specified, all valid types will be returned.

    Permitted values include: `sort_code`, `zengin`, `iban`, or `spei`.
    """

    type: NotRequired[
        Literal[
            "eu_bank_transfer",
            "gb_bank_transfer",
            "jp_bank_transfer",
            "mx_bank_transfer",
            "us_bank_transfer",
        ]
        | None
    ]
    """The bank transfer type that this PaymentIntent is allowed to use for funding
    Permitted values include: `eu_bank_transfer`, `gb_bank_transfer`,
    `jp_bank_transfer`, `mx_bank_transfer`, or `us_bank_transfer`.
    """


class PaymentMethodOptionsCustomerBalanceEuBankAccount(TypedDict):
    """The `payment_method_options_customer_balance_eu_bank_account` object."""

    country: Literal["BE", "DE", "ES", "FR", "IE", "NL"]
    """The desired country code of the bank account information. Permitted values
    include: `BE`, `DE`, `ES`, `FR`, `IE`, or `NL`.
    """


class PaymentMethodOptionsFpx(TypedDict):
    """The `payment_method_options_fpx` object."""

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsGiropay(TypedDict):
    """The `payment_method_options_giropay` object."""

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsGrabpay(TypedDict):
    """The `payment_method_options_grabpay` object."""

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsIdeal(TypedDict):
    """The `payment_method_options_ideal` object."""

    setup_future_usage: NotRequired[Literal["none", "off_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsInteracPresent(TypedDict):
    """The `payment_method_options_interac_present` object."""


class PaymentMethodOptionsKlarna(TypedDict):
    """The `payment_method_options_klarna` object."""

    capture_method: NotRequired[Literal["manual"]]
    """Controls when the funds will be captured from the customer's account."""

    preferred_locale: NotRequired[str | None]
    """Preferred locale of the Klarna checkout page that the customer is redirected to.
    """

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsKonbini(TypedDict):
    """The `payment_method_options_konbini` object."""

    confirmation_number: NotRequired[str | None]
    """An optional 10 to 11 digit numeric-only string determining the confirmation code
    at applicable convenience stores.
    """

    expires_after_days: NotRequired[int | None]
    """The number of calendar days (between 1 and 60) after which Konbini payment
    instructions will expire. For example, if a PaymentIntent is confirmed with
    Konbini and `expires_after_days` set to 2 on Monday JST, the instructions will
    expire on Wednesday 23:59:59 JST.
    """

    expires_at: NotRequired[int | None]
    """The timestamp at which the Konbini payment instructions will expire. Only one of
    `expires_after_days` or `expires_at` may be set.
    """

    product_description: NotRequired[str | None]
    """A product descriptor of up to 22 characters, which will appear to customers at
    the convenience store.
    """

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsOxxo(TypedDict):
    """The `payment_method_options_oxxo` object."""

    expires_after_days: int
    """The number of calendar days before an OXXO invoice expires. For example, if you
    create an OXXO invoice on Monday and you set expires_after_days to 2, the OXXO
    invoice will expire on Wednesday at 23:59 America/Mexico_City time.
    """

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsP24(TypedDict):
    """The `payment_method_options_p24` object."""

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsPaynow(TypedDict):
    """The `payment_method_options_paynow` object."""

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsPaypal(TypedDict):
    """The `payment_method_options_paypal` object."""

    capture_method: NotRequired[Literal["manual"]]
    """Controls when the funds will be captured from the customer's account."""

    preferred_locale: NotRequired[str | None]
    """Preferred locale of the PayPal checkout page that the customer is redirected to.
    """

    reference: NotRequired[str | None]
    """A reference of the PayPal transaction visible to customer which is mapped to
    PayPal's invoice ID. This must be a globally unique ID if you have configured in
    your PayPal settings to block multiple payments per invoice ID.
    """

    setup_future_usage: NotRequired[Literal["none", "off_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsPix(TypedDict):
    """The `payment_method_options_pix` object."""

    expires_after_seconds: NotRequired[int | None]
    """The number of seconds (between 10 and 1209600) after which Pix payment will
    expire.
    """

    expires_at: NotRequired[int | None]
    """The timestamp at which the Pix expires."""

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsPromptpay(TypedDict):
    """The `payment_method_options_promptpay` object."""

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsSofort(TypedDict):
    """The `payment_method_options_sofort` object."""

    preferred_language: NotRequired[
        Literal["de", "en", "es", "fr", "it", "nl", "pl"] | None
    ]
    """Preferred language of the SOFORT authorization page that the customer is
    redirected to.
    """

    setup_future_usage: NotRequired[Literal["none", "off_session"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsWechatPay(TypedDict):
    """The `payment_method_options_wechat_pay` object."""

    app_id: NotRequired[str | None]
    """The app ID registered with WeChat Pay. Only required when client is ios or
    android.
    """

    client: NotRequired[Literal["android", "ios", "web"] | None]
    """The client type that the end customer will pay from"""

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOptionsZip(TypedDict):
    """The `payment_method_options_zip` object."""

    setup_future_usage: NotRequired[Literal["none"]]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.

    Providing this parameter will [attach the payment
    method](https://stripe.com/docs/payments/save-during-payment) to the
    PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and
    any required actions from the user are complete. If no Customer was provided, the
    payment method can still be
    [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer
    after the transaction completes.

    When processing card payments, Stripe also uses `setup_future_usage` to
    dynamically optimize your payment flow and comply with regional legislation and
    network rules, such as
    [SCA](https://stripe.com/docs/strong-customer-authentication).
    """


class PaymentMethodOxxo(TypedDict):
    """The `payment_method_oxxo` object."""


class PaymentMethodP24(TypedDict):
    """The `payment_method_p24` object."""

    bank: NotRequired[
        Literal[
            "alior_bank",
            "bank_millennium",
            "bank_nowy_bfg_sa",
            "bank_pekao_sa",
            "banki_spbdzielcze",
            "blik",
            "bnp_paribas",
            "boz",
            "citi_handlowy",
            "credit_agricole",
            "envelobank",
            "etransfer_pocztowy24",
            "getin_bank",
            "ideabank",
            "ing",
            "inteligo",
            "mbank_mtransfer",
            "nest_przelew",
            "noble_pay",
            "pbac_z_ipko",
            "plus_bank",
            "santander_przelew24",
            "tmobile_usbugi_bankowe",
            "toyota_bank",
            "volkswagen_bank",
        ]
        | None
    ]
    """The customer's bank, if provided."""


class PaymentMethodPaynow(TypedDict):
    """The `payment_method_paynow` object."""


class PaymentMethodPaypal(TypedDict):
    """The `payment_method_paypal` object."""

    payer_email: NotRequired[str | None]
    """Owner's email. Values are provided by PayPal directly (if supported) at the time
    of authorization or settlement. They cannot be set or mutated.
    """

    payer_id: NotRequired[str | None]
    """PayPal account PayerID. This identifier uniquely identifies the PayPal customer.
    """


class PaymentMethodPix(TypedDict):
    """The `payment_method_pix` object."""


class PaymentMethodPromptpay(TypedDict):
    """The `payment_method_promptpay` object."""


class PaymentMethodSepaDebit(TypedDict):
    """The `payment_method_sepa_debit` object."""

    bank_code: NotRequired[str | None]
    """Bank code of bank associated with the bank account."""

    branch_code: NotRequired[str | None]
    """Branch code of bank associated with the bank account."""

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country the bank account is located in."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular bank account. You can use this attribute to
    check whether two bank accounts are the same.
    """

    generated_from: NotRequired[SepaDebitGeneratedFrom | None]
    """Information about the object that generated this PaymentMethod."""

    last4: NotRequired[str | None]
    """Last four characters of the IBAN."""


class PaymentMethodSofort(TypedDict):
    """The `payment_method_sofort` object."""

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country the bank account is located in."""


class PaymentMethodUsBankAccount(TypedDict):
    """The `payment_method_us_bank_account` object."""

    account_holder_type: NotRequired[Literal["company", "individual"] | None]
    """Account holder type: individual or company."""

    account_type: NotRequired[Literal["checking", "savings"] | None]
    """Account type: checkings or savings. Defaults to checking if omitted."""

    bank_name: NotRequired[str | None]
    """The name of the bank."""

    financial_connections_account: NotRequired[str | None]
    """The ID of the Financial Connections Account used to create the payment method."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular bank account. You can use this attribute to
    check whether two bank accounts are the same.
    """

    last4: NotRequired[str | None]
    """Last four digits of the bank account number."""

    networks: NotRequired[UsBankAccountNetworks | None]
    """Contains information about US bank account networks that can be used."""

    routing_number: NotRequired[str | None]
    """Routing number of the bank account."""

    status_details: NotRequired[PaymentMethodUsBankAccountStatusDetails | None]
    """Contains information about the future reusability of this PaymentMethod."""


class PaymentMethodUsBankAccountBlocked(TypedDict):
    """The `payment_method_us_bank_account_blocked` object."""

    network_code: NotRequired[
        Literal[
            "R02",
            "R03",
            "R04",
            "R05",
            "R07",
            "R08",
            "R10",
            "R11",
            "R16",
            "R20",
            "R29",
            "R31",
        ]
        | None
    ]
    """The ACH network code that resulted in this block."""

    reason: NotRequired[
        Literal[
            "bank_account_closed",
            "bank_account_frozen",
            "bank_account_invalid_details",
            "bank_account_restricted",
            "bank_account_unusable",
            "debit_not_authorized",
        ]
        | None
    ]
    """The reason why this PaymentMethod's fingerprint has been blocked"""


class PaymentMethodUsBankAccountStatusDetails(TypedDict):
    """The `payment_method_us_bank_account_status_details` object."""

    blocked: NotRequired[PaymentMethodUsBankAccountBlocked]


class PaymentMethodWechatPay(TypedDict):
    """The `payment_method_wechat_pay` object."""


class PaymentMethodZip(TypedDict):
    """The `payment_method_zip` object."""


class Payout(TypedDict):
    """The `payout` object.

    A `Payout` object is created when you receive funds from Stripe, or when you
    initiate a payout to either a bank account or debit card of a [connected Stripe
    account](/docs/connect/bank-debit-card-payouts). You can retrieve individual
    payouts, as well as list all payouts. Payouts are made on [varying
    schedules](/docs/connect/manage-payout-schedule), depending on your country and
    industry.

    Related guide: [Receiving payouts](https://stripe.com/docs/payouts)
    """

    amount: int
    """Amount (in cents (or local equivalent)) to be transferred to your bank account or
    debit card.
    """

    arrival_date: int
    """Date the payout is expected to arrive in the bank. This factors in delays like
    weekends or bank holidays.
    """

    automatic: bool
    """Returns `true` if the payout was created by an [automated payout
    schedule](https://stripe.com/docs/payouts#payout-schedule), and `false` if it was
    [requested manually](https://stripe.com/docs/payouts#manual-payouts).
    """

    balance_transaction: NotRequired[str | BalanceTransaction | None]
    """ID of the balance transaction that describes the impact of this payout on your
    account balance.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    """

    destination: NotRequired[
        str | BankAccount | Card | DeletedBankAccount | DeletedCard | None
    ]
    """ID of the bank account or card the payout was sent to."""

    failure_balance_transaction: NotRequired[str | BalanceTransaction | None]
    """If the payout failed or was canceled, this will be the ID of the balance
    transaction that reversed the initial balance transaction, and puts the funds
    from the failed payout back in your balance.
    """

    failure_code: NotRequired[str | None]
    """Error code explaining reason for payout failure if available. See [Types of
    payout failures](https://stripe.com/docs/api#payout_failures) for a list of
    failure codes.
    """

    failure_message: NotRequired[str | None]
    """Message to user further explaining reason for payout failure if available."""

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    method: str
    """The method used to send this payout, which can be `standard` or `instant`.
    `instant` is supported for payouts to debit cards and bank accounts in certain
    countries. (See [Bank support for Instant
    Payouts](https://stripe.com/docs/payouts/instant-payouts-banks) for more
    information.)
    """

    object: Literal["payout"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    original_payout: NotRequired[str | Payout | None]
    """If the payout reverses another, this is the ID of the original payout."""

    reconciliation_status: Literal["completed", "in_progress", "not_applicable"]
    """If `completed`, the [Balance Transactions
    API](https://stripe.com/docs/api/balance_transactions/list#balance_transaction_list-payout)
    may be used to list all Balance Transactions that were paid out in this payout.
    """

    reversed_by: NotRequired[str | Payout | None]
    """If the payout was reversed, this is the ID of the payout that reverses this
    payout.
    """

    source_type: str
    """The source balance this payout came from. One of `card`, `fpx`, or
    `bank_account`.
    """

    statement_descriptor: NotRequired[str | None]
    """Extra information about a payout to be displayed on the user's bank statement."""

    status: str
    """Current status of the payout: `paid`, `pending`, `in_transit`, `canceled` or
    `failed`. A payout is `pending` until it is submitted to the bank, when it
    becomes `in_transit`. The status then changes to `paid` if the transaction goes
    through, or to `failed` or `canceled` (within 5 business days). Some failed
    payouts may initially show as `paid` but then change to `failed`.
    """

    type: Literal["bank_account", "card"]
    """Can be `bank_account` or `card`."""


class PaypalSellerProtection(TypedDict):
    """The `paypal_seller_protection` object."""

    dispute_categories: NotRequired[
        list[Literal["fraudulent", "product_not_received"]] | None
    ]
    """An array of conditions that are covered for the transaction, if applicable."""

    status: Literal["eligible", "not_eligible", "partially_eligible"]
    """Indicates whether the transaction is eligible for PayPal's seller protection."""


class Person(TypedDict):
    """The `person` object.

    This is an object representing a person associated with a Stripe account.

    A platform cannot access a Standard or Express account's persons after the
    account starts onboarding, such as after generating an account link for the
    account. See the [Standard
    onboarding](https://stripe.com/docs/connect/standard-accounts) or [Express
    onboarding documentation](https://stripe.com/docs/connect/express-accounts) for
    information about platform prefilling and account onboarding steps.

    Related guide: [Handling identity verification with the
    API](https://stripe.com/docs/connect/identity-verification-api#person-information)
    """

    account: str
    """The account the person is associated with."""

    address: NotRequired[Address]
    address_kana: NotRequired[LegalEntityJapanAddress | None]
    address_kanji: NotRequired[LegalEntityJapanAddress | None]
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    dob: NotRequired[LegalEntityDob]
    email: NotRequired[str | None]
    """The person's email address."""

    first_name: NotRequired[str | None]
    """The person's first name."""

    first_name_kana: NotRequired[str | None]
    """The Kana variation of the person's first name (Japan only)."""

    first_name_kanji: NotRequired[str | None]
    """The Kanji variation of the person's first name (Japan only)."""

    full_name_aliases: NotRequired[list[str]]
    """A list of alternate names or aliases that the person is known by."""

    future_requirements: NotRequired[PersonFutureRequirements | None]
    gender: NotRequired[str | None]
    """The person's gender (International regulations require either "male" or
    "female").
    """

    id: str
    """Unique identifier for the object."""

    id_number_provided: NotRequired[bool]
    """Whether the person's `id_number` was provided. True if either the full ID number
    was provided or if only the required part of the ID number was provided (ex. last
    four of an individual's SSN for the US indicated by `ssn_last_4_provided`).
    """

    id_number_secondary_provided: NotRequired[bool]
    """Whether the person's `id_number_secondary` was provided."""

    last_name: NotRequired[str | None]
    """The person's last name."""

    last_name_kana: NotRequired[str | None]
    """The Kana variation of the person's last name (Japan only)."""

    last_name_kanji: NotRequired[str | None]
    """The Kanji variation of the person's last name (Japan only)."""

    maiden_name: NotRequired[str | None]
    """The person's maiden name."""

    metadata: NotRequired[dict[str, str]]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    nationality: NotRequired[str | None]
    """The country where the person is a national."""

    object: Literal["person"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    phone: NotRequired[str | None]
    """The person's phone number."""

    political_exposure: NotRequired[Literal["existing", "none"]]
    """Indicates if the person or any of their representatives, family members, or other
    closely related persons, declares that they hold or have held an important public
    job or function, in any jurisdiction.
    """

    registered_address: NotRequired[Address]
    relationship: NotRequired[PersonRelationship]
    requirements: NotRequired[PersonRequirements | None]
    ssn_last_4_provided: NotRequired[bool]
    """Whether the last four digits of the person's Social Security number have been
    provided (U.S. only).
    """

    verification: NotRequired[LegalEntityPersonVerification]


class PersonFutureRequirements(TypedDict):
    """The `person_future_requirements` object."""

    alternatives: NotRequired[list[AccountRequirementsAlternative] | None]
    """Fields that are due and can be satisfied by providing the corresponding
    alternative fields instead.
    """

    currently_due: list[str]
    """Fields that need to be collected to keep the person's account enabled. If not
    collected by the account's `future_requirements[current_deadline]`, these fields
    will transition to the main `requirements` hash, and may immediately become
    `past_due`, but the account may also be given a grace period depending on the
    account's enablement state prior to transition.
    """

    errors: list[AccountRequirementsError]
    """Fields that are `currently_due` and need to be collected again because validation
    or verification failed.
    """

    eventually_due: list[str]
    """Fields that need to be collected assuming all volume thresholds are reached. As
    they become required, they appear in `currently_due` as well, and the account's
    `future_requirements[current_deadline]` becomes set.
    """

    past_due: list[str]
    """Fields that weren't collected by the account's `requirements.current_deadline`.
    These fields need to be collected to enable the person's account. New fields will
    never appear here; `future_requirements.past_due` will always be a subset of
    `requirements.past_due`.
    """

    pending_verification: list[str]
    """Fields that may become required depending on the results of verification or
    review. Will be an empty array unless an asynchronous verification is pending. If
    verification fails, these fields move to `eventually_due` or `currently_due`.
    """


class PersonRelationship(TypedDict):
    """The `person_relationship` object."""

    director: NotRequired[bool | None]
    """Whether the person is a director of the account's legal entity. Directors are
    typically members of the governing board of the company, or responsible for
    ensuring the company meets its regulatory obligations.
    """

    executive: NotRequired[bool | None]
    """Whether the person has significant responsibility to control, manage, or direct
    the organization.
    """

    owner: NotRequired[bool | None]
    """Whether the person is an owner of the account’s legal entity."""

    percent_ownership: NotRequired[float | None]
    """The percent owned by the person of the account's legal entity."""

    representative: NotRequired[bool | None]
    """Whether the person is authorized as the primary representative of the account.
    This is the person nominated by the business to provide information about
    themselves, and general information about the account. There can only be one
    representative at any given time. At the time the account is created, this person
    should be set to the person responsible for opening the account.
    """

    title: NotRequired[str | None]
    """The person's title (e.g., CEO, Support Engineer)."""


class PersonRequirements(TypedDict):
    """The `person_requirements` object."""

    alternatives: NotRequired[list[AccountRequirementsAlternative] | None]
    """Fields that are due and can be satisfied by providing the corresponding
    alternative fields instead.
    """

    currently_due: list[str]
    """Fields that need to be collected to keep the person's account enabled. If not
    collected by the account's `current_deadline`, these fields appear in `past_due`
    as well, and the account is disabled.
    """

    errors: list[AccountRequirementsError]
    """Fields that are `currently_due` and need to be collected again because validation
    or verification failed.
    """

    eventually_due: list[str]
    """Fields that need to be collected assuming all volume thresholds are reached. As
    they become required, they appear in `currently_due` as well, and the account's
    `current_deadline` becomes set.
    """

    past_due: list[str]
    """Fields that weren't collected by the account's `current_deadline`. These fields
    need to be collected to enable the person's account.
    """

    pending_verification: list[str]
    """Fields that may become required depending on the results of verification or
    review. Will be an empty array unless an asynchronous verification is pending. If
    verification fails, these fields move to `eventually_due`, `currently_due`, or
    `past_due`.
    """


class PlatformTaxFee(TypedDict):
    """The `platform_tax_fee` object."""

    account: str
    """The Connected account that incurred this charge."""

    id: str
    """Unique identifier for the object."""

    object: Literal["platform_tax_fee"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    source_transaction: str
    """The payment object that caused this tax to be inflicted."""

    type: str
    """The type of tax (VAT)."""


class Price(TypedDict):
    """The `price` object.

    Prices define the unit cost, currency, and (optional) billing cycle for both
    recurring and one-time purchases of products.
    [Products](https://stripe.com/docs/api#products) help you track inventory or
    provisioning, and prices help you track payment terms. Different physical goods
    or levels of service should be represented by products, and pricing options
    should be represented by prices. This approach lets you change prices without
    having to change your provisioning scheme.

    For example, you might have a single "gold" product that has prices for
    $10/month, $100/year, and €9 once.

    Related guides: [Set up a
    subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription),
    [create an invoice](https://stripe.com/docs/billing/invoices/create), and more
    about [products and prices](https://stripe.com/docs/products-prices/overview).
    """

    active: bool
    """Whether the price can be used for new purchases."""

    billing_scheme: Literal["per_unit", "tiered"]
    """Describes how to compute the price per period. Either `per_unit` or `tiered`.
    `per_unit` indicates that the fixed amount (specified in `unit_amount` or
    `unit_amount_decimal`) will be charged per unit in `quantity` (for prices with
    `usage_type=licensed`), or per unit of total usage (for prices with
    `usage_type=metered`). `tiered` indicates that the unit pricing will be computed
    using a tiering strategy as defined using the `tiers` and `tiers_mode`
    attributes.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    currency_options: NotRequired[dict[str, CurrencyOption]]
    """Prices defined in each available currency option. Each key must be a three-letter
    [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html) and a
    [supported currency](https://stripe.com/docs/currencies).
    """

    custom_unit_amount: NotRequired[CustomUnitAmount | None]
    """When set, provides configuration for the amount to be adjusted by the customer
    during Checkout Sessions and Payment Links.
    """

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    lookup_key: NotRequired[str | None]
    """A lookup key used to retrieve prices dynamically from a static string. This may
    be up to 200 characters.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    nickname: NotRequired[str | None]
    """A brief description of the price, hidden from customers."""

    object: Literal["price"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    product: str | Product | DeletedProduct
    """The ID of the product this price is associated with."""

    recurring: NotRequired[Recurring | None]
    """The recurring components of a price such as `interval` and `usage_type`."""

    tax_behavior: NotRequired[Literal["exclusive", "inclusive", "unspecified"] | None]
    """Only required if a [default tax
    behavior](https://stripe.com/docs/tax/products-prices-tax-categories-tax-behavior#setting-a-default-tax-behavior-(recommended))
    was not provided in the Stripe Tax settings. Specifies whether the price is
    considered inclusive of taxes or exclusive of taxes. One of `inclusive`,
    `exclusive`, or `unspecified`. Once specified as either `inclusive` or
    `exclusive`, it cannot be changed.
    """

    tiers: NotRequired[list[PriceTier]]
    """Each element represents a pricing tier. This parameter requires `billing_scheme`
    to be set to `tiered`. See also the documentation for `billing_scheme`.
    """

    tiers_mode: NotRequired[Literal["graduated", "volume"] | None]
    """Defines if the tiering price should be `graduated` or `volume` based. In
    `volume`-based tiering, the maximum quantity within a period determines the per
    unit price. In `graduated` tiering, pricing can change as the quantity grows.
    """

    transform_quantity: NotRequired[TransformQuantity | None]
    """Apply a transformation to the reported usage or set quantity before computing the
    amount billed. Cannot be combined with `tiers`.
    """

    type: Literal["one_time", "recurring"]
    """One of `one_time` or `recurring` depending on whether the price is for a one-time
    purchase or a recurring (subscription) purchase.
    """

    unit_amount: NotRequired[int | None]
    """The unit amount in cents (or local equivalent) to be charged, represented as a
    whole integer if possible. Only set if `billing_scheme=per_unit`.
    """

    unit_amount_decimal: NotRequired[str | None]
    """The unit amount in cents (or local equivalent) to be charged, represented as a
    decimal string with at most 12 decimal places. Only set if
    `billing_scheme=per_unit`.
    """


class PriceTier(TypedDict):
    """The `price_tier` object."""

    flat_amount: NotRequired[int | None]
    """Price for the entire tier."""

    flat_amount_decimal: NotRequired[str | None]
    """Same as `flat_amount`, but contains a decimal value with at most 12 decimal
    places.
    """

    unit_amount: NotRequired[int | None]
    """Per unit price for units relevant to the tier."""

    unit_amount_decimal: NotRequired[str | None]
    """Same as `unit_amount`, but contains a decimal value with at most 12 decimal
    places.
    """

    up_to: NotRequired[int | None]
    """Up to and including to this quantity will be contained in the tier."""


class Product(TypedDict):
    """The `product` object.

    Products describe the specific goods or services you offer to your customers. For
    example, you might offer a Standard and Premium version of your goods or service;
    each version would be a separate Product. They can be used in conjunction with
    [Prices](https://stripe.com/docs/api#prices) to configure pricing in Payment
    Links, Checkout, and Subscriptions.

    Related guides: [Set up a
    subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription),
    [share a Payment Link](https://stripe.com/docs/payment-links), [accept payments
    with
    Checkout](https://stripe.com/docs/payments/accept-a-payment#create-product-prices-upfront),
    and more about [Products and
    Prices](https://stripe.com/docs/products-prices/overview)
    """

    active: bool
    """Whether the product is currently available for purchase."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    default_price: NotRequired[str | Price | None]
    """The ID of the [Price](https://stripe.com/docs/api/prices) object that is the
    default price for this product.
    """

    description: NotRequired[str | None]
    """The product's description, meant to be displayable to the customer. Use this
    field to optionally store a long form explanation of the product being sold for
    your own rendering purposes.
    """

    features: list[ProductFeature]
    """A list of up to 15 features for this product. These are displayed in [pricing
    tables](https://stripe.com/docs/payments/checkout/pricing-table).
    """

    id: str
    """Unique identifier for the object."""

    images: list[str]
    """A list of up to 8 URLs of images for this product, meant to be displayable to the
    customer.
    """

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    name: str
    """The product's name, meant to be displayable to the customer."""

    object: Literal["product"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    package_dimensions: NotRequired[PackageDimensions | None]
    """The dimensions of this product for shipping purposes."""

    shippable: NotRequired[bool | None]
    """Whether this product is shipped (i.e., physical goods)."""

    statement_descriptor: NotRequired[str | None]
    """Extra information about a product which will appear on your customer's credit
    card statement. In the case that multiple products are billed at once, the first
    statement descriptor will be used.
    """

    tax_code: NotRequired[str | TaxCode | None]
    """A [tax code](https://stripe.com/docs/tax/tax-categories) ID."""

    unit_label: NotRequired[str | None]
    """A label that represents units of this product. When set, this will be included in
    customers' receipts, invoices, Checkout, and the customer portal.
    """

    updated: int
    """Time at which the object was last updated. Measured in seconds since the Unix
    epoch.
    """

    url: NotRequired[str | None]
    """A URL of a publicly-accessible webpage for this product."""


class ProductFeature(TypedDict):
    """The `product_feature` object."""

    name: str
    """The feature's name. Up to 80 characters long."""


class PromotionCode(TypedDict):
    """The `promotion_code` object.

    A Promotion Code represents a customer-redeemable code for a
    [coupon](https://stripe.com/docs/api#coupons). It can be used to create multiple
    codes for a single coupon.
    """

    active: bool
    """Whether the promotion code is currently active. A promotion code is only active
    if the coupon is also valid.
    """

    code: str
    """The customer-facing code. Regardless of case, this code must be unique across all
    active promotion codes for each customer.
    """

    coupon: Coupon
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    customer: NotRequired[str | Customer | DeletedCustomer | None]
    """The customer that this promotion code can be used by."""

    expires_at: NotRequired[int | None]
    """Date at which the promotion code can no longer be redeemed."""

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    max_redemptions: NotRequired[int | None]
    """Maximum number of times this promotion code can be redeemed."""

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["promotion_code"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    restrictions: PromotionCodesResourceRestrictions
    times_redeemed: int
    """Number of times this promotion code has been used."""


class PromotionCodeCurrencyOption(TypedDict):
    """The `promotion_code_currency_option` object."""

    minimum_amount: int
    """Minimum amount required to redeem this Promotion Code into a Coupon (e.g., a
    purchase must be $100 or more to work).
    """


class PromotionCodesResourceRestrictions(TypedDict):
    """The `promotion_codes_resource_restrictions` object."""

    currency_options: NotRequired[dict[str, PromotionCodeCurrencyOption]]
    """Promotion code restrictions defined in each available currency option. Each key
    must be a three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported
    currency](https://stripe.com/docs/currencies).
    """

    first_time_transaction: bool
    """A Boolean indicating if the Promotion Code should only be redeemed for Customers
    without any successful payments or invoices
    """

    minimum_amount: NotRequired[int | None]
    """Minimum amount required to redeem this Promotion Code into a Coupon (e.g., a
    purchase must be $100 or more to work).
    """

    minimum_amount_currency: NotRequired[str | None]
    """Three-letter [ISO code](https://stripe.com/docs/currencies) for minimum_amount"""


class Quote(TypedDict):
    """The `quote` object.

    A Quote is a way to model prices that you'd like to provide to a customer. Once
    accepted, it will automatically create an invoice, subscription or subscription
    schedule.
    """

    amount_subtotal: int
    """Total before any discounts or taxes are applied."""

    amount_total: int
    """Total after discounts and taxes are applied."""

    application: NotRequired[str | Application | DeletedApplication | None]
    """ID of the Connect Application that created the quote."""

    application_fee_amount: NotRequired[int | None]
    """The amount of the application fee (if any) that will be requested to be applied
    to the payment and transferred to the application owner's Stripe account. Only
    applicable if there are no line items with recurring prices on the quote.
    """

    application_fee_percent: NotRequired[float | None]
    """A non-negative decimal between 0 and 100, with at most two decimal places. This
    represents the percentage of the subscription invoice total that will be
    transferred to the application owner's Stripe account. Only applicable if there
    are line items with recurring prices on the quote.
    """

    automatic_tax: QuotesResourceAutomaticTax
    collection_method: Literal["charge_automatically", "send_invoice"]
    """Either `charge_automatically`, or `send_invoice`. When charging automatically,
    Stripe will attempt to pay invoices at the end of the subscription cycle or on
    finalization using the default payment method attached to the subscription or
    customer. When sending an invoice, Stripe will email your customer an invoice
    with payment instructions and mark the subscription as `active`. Defaults to
    `charge_automatically`.
    """

    computed: QuotesResourceComputed
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: NotRequired[str | None]
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    customer: NotRequired[str | Customer | DeletedCustomer | None]
    """The customer which this quote belongs to. A customer is required before
    finalizing the quote. Once specified, it cannot be changed.
    """

    default_tax_rates: NotRequired[list[str | TaxRate]]
    """The tax rates applied to this quote."""

    description: NotRequired[str | None]
    """A description that will be displayed on the quote PDF."""

    discounts: list[str | Discount]
    """The discounts applied to this quote."""

    expires_at: int
    """The date on which the quote will be canceled if in `open` or `draft` status.
    Measured in seconds since the Unix epoch.
    """

    footer: NotRequired[str | None]
    """A footer that will be displayed on the quote PDF."""

    from_quote: NotRequired[QuotesResourceFromQuote | None]
    """Details of the quote that was cloned. See the [cloning
    documentation](https://stripe.com/docs/quotes/clone) for more details.
    """

    header: NotRequired[str | None]
    """A header that will be displayed on the quote PDF."""

    id: str
    """Unique identifier for the object."""

    invoice: NotRequired[str | Invoice | DeletedInvoice | None]
    """The invoice that was created from this quote."""

    invoice_settings: NotRequired[InvoiceSettingQuoteSetting | None]
    """All invoices will be billed using the specified settings."""

    line_items: NotRequired[QuoteLineItems]
    """A list of items the customer is being quoted for."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    number: NotRequired[str | None]
    """A unique number that identifies this particular quote. This number is assigned
    once the quote is [finalized](https://stripe.com/docs/quotes/overview#finalize).
    """

    object: Literal["quote"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    on_behalf_of: NotRequired[str | Account | None]
    """The account on behalf of which to charge. See the [Connect
    documentation](https://support.stripe.com/questions/sending-invoices-on-behalf-of-connected-accounts)
    for details.
    """

    status: Literal["accepted", "canceled", "draft", "open"]
    """The status of the quote."""

    status_transitions: QuotesResourceStatusTransitions
    subscription: NotRequired[str | Subscription | None]
    """The subscription that was created or updated from this quote."""

    subscription_data: QuotesResourceSubscriptionDataSubscriptionData
    subscription_schedule: NotRequired[str | SubscriptionSchedule | None]
    """The subscription schedule that was created or updated from this quote."""

    test_clock: NotRequired[str | TestHelpersTestClock | None]
    """ID of the test clock this quote belongs to."""

    total_details: QuotesResourceTotalDetails
    transfer_data: NotRequired[QuotesResourceTransferData | None]
    """The account (if any) the payments will be attributed to for tax reporting, and
    where funds from each payment will be transferred to for each of the invoices.
    """


class QuoteLineItems(TypedDict):
    """The `quote.line_items` object.

    A list of items the customer is being quoted for.
    """

    data: list[Item]
    """Details about each object."""

    has_more: bool
    """True if this list has another page of items after this one that can be fetched.
    """

    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same
    value. Always has the value `list`.
    """

    url: str
    """The URL where this list can be accessed."""


class QuotesResourceAutomaticTax(TypedDict):
    """The `quotes_resource_automatic_tax` object."""

    enabled: bool
    """Automatically calculate taxes"""

    status: NotRequired[
        Literal["complete", "failed", "requires_location_inputs"] | None
    ]
    """The status of the most recent automated tax calculation for this quote."""


class QuotesResourceComputed(TypedDict):
    """The `quotes_resource_computed` object."""

    recurring: NotRequired[QuotesResourceRecurring | None]
    """The definitive totals and line items the customer will be charged on a recurring
    basis. Takes into account the line items with recurring prices and discounts with
    `duration=forever` coupons only. Defaults to `null` if no inputted line items
    with recurring prices.
    """

    upfront: QuotesResourceUpfront


class QuotesResourceFromQuote(TypedDict):
    """The `quotes_resource_from_quote` object."""

    is_revision: bool
    """Whether this quote is a revision of a different quote."""

    quote: str | Quote
    """The quote that was cloned."""


class QuotesResourceRecurring(TypedDict):
    """The `quotes_resource_recurring` object."""

    amount_subtotal: int
    """Total before any discounts or taxes are applied."""

    amount_total: int
    """Total after discounts and taxes are applied."""

    interval: Literal["day", "month", "week", "year"]
    """The frequency at which a subscription is billed. One of `day`, `week`, `month` or
    `year`.
    """

    interval_count: int
    """The number of intervals (specified in the `interval` attribute) between
    subscription billings. For example, `interval=month` and `interval_count=3` bills
    every 3 months.
    """

    total_details: QuotesResourceTotalDetails


class QuotesResourceStatusTransitions(TypedDict):
    """The `quotes_resource_status_transitions` object."""

    accepted_at: NotRequired[int | None]
    """The time that the quote was accepted. Measured in seconds since Unix epoch."""

    canceled_at: NotRequired[int | None]
    """The time that the quote was canceled. Measured in seconds since Unix epoch."""

    finalized_at: NotRequired[int | None]
    """The time that the quote was finalized. Measured in seconds since Unix epoch."""


class QuotesResourceSubscriptionDataSubscriptionData(TypedDict):
    """The `quotes_resource_subscription_data_subscription_data` object."""

    description: NotRequired[str | None]
    """The subscription's description, meant to be displayable to the customer. Use this
    field to optionally store an explanation of the subscription.
    """

    effective_date: NotRequired[int | None]
    """When creating a new subscription, the date of which the subscription schedule
    will start after the quote is accepted. This date is ignored if it is in the past
    when the quote is accepted. Measured in seconds since the Unix epoch.
    """

    trial_period_days: NotRequired[int | None]
    """Integer representing the number of trial period days before the customer is
    charged for the first time.
    """


class QuotesResourceTotalDetails(TypedDict):
    """The `quotes_resource_total_details` object."""

    amount_discount: int
    """This is the sum of all the discounts."""

    amount_shipping: NotRequired[int | None]
    """This is the sum of all the shipping amounts."""

    amount_tax: int
    """This is the sum of all the tax amounts."""

    breakdown: NotRequired[QuotesResourceTotalDetailsResourceBreakdown]


class QuotesResourceTotalDetailsResourceBreakdown(TypedDict):
    """The `quotes_resource_total_details_resource_breakdown` object."""

    discounts: list[LineItemsDiscountAmount]
    """The aggregated discounts."""

    taxes: list[LineItemsTaxAmount]
    """The aggregated tax amounts by rate."""


class QuotesResourceTransferData(TypedDict):
    """The `quotes_resource_transfer_data` object."""

    amount: NotRequired[int | None]
    """The amount in cents (or local equivalent) that will be transferred to the
    destination account when the invoice is paid. By default, the entire amount is
    transferred to the destination.
    """

    amount_percent: NotRequired[float | None]
    """A non-negative decimal between 0 and 100, with at most two decimal places. This
    represents the percentage of the subscription invoice total that will be
    transferred to the destination account. By default, the entire amount will be
    transferred to the destination.
    """

    destination: str | Account
    """The account where funds from the payment will be transferred to upon payment
    success.
    """


class QuotesResourceUpfront(TypedDict):
    """The `quotes_resource_upfront` object."""

    amount_subtotal: int
    """Total before any discounts or taxes are applied."""

    amount_total: int
    """Total after discounts and taxes are applied."""

    line_items: NotRequired[QuotesResourceUpfrontLineItems]
    """The line items that will appear on the next invoice after this quote is accepted.
    This does not include pending invoice items that exist on the customer but may
    still be included in the next invoice.
    """

    total_details: QuotesResourceTotalDetails


class QuotesResourceUpfrontLineItems(TypedDict):
    """The `quotes_resource_upfront.line_items` object.

    The line items that will appear on the next invoice after this quote is accepted.
    This does not include pending invoice items that exist on the customer but may
    still be included in the next invoice.
    """

    data: list[Item]
    """Details about each object."""

    has_more: bool
    """True if this list has another page of items after this one that can be fetched.
    """

    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same
    value. Always has the value `list`.
    """

    url: str
    """The URL where this list can be accessed."""


class RadarRadarOptions(TypedDict):
    """The `radar_radar_options` object.

    Options to configure Radar. See [Radar
    Session](https://stripe.com/docs/radar/radar-session) for more information.
    """

    session: NotRequired[str]
    """A [Radar Session](https://stripe.com/docs/radar/radar-session) is a snapshot of
    the browser metadata and device details that help Radar make more accurate
    predictions on your payments.
    """


class RadarReviewResourceLocation(TypedDict):
    """The `radar_review_resource_location` object."""

    city: NotRequired[str | None]
    """The city where the payment originated."""

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country where the payment originated."""

    latitude: NotRequired[float | None]
    """The geographic latitude where the payment originated."""

    longitude: NotRequired[float | None]
    """The geographic longitude where the payment originated."""

    region: NotRequired[str | None]
    """The state/county/province/region where the payment originated."""


class RadarReviewResourceSession(TypedDict):
    """The `radar_review_resource_session` object."""

    browser: NotRequired[str | None]
    """The browser used in this browser session (e.g., `Chrome`)."""

    device: NotRequired[str | None]
    """Information about the device used for the browser session (e.g., `Samsung
    SM-G930T`).
    """

    platform: NotRequired[str | None]
    """The platform for the browser session (e.g., `Macintosh`)."""

    version: NotRequired[str | None]
    """The version for the browser session (e.g., `61.0.3163.100`)."""


class Recurring(TypedDict):
    """The `recurring` object."""

    aggregate_usage: NotRequired[
        Literal["last_during_period", "last_ever", "max", "sum"] | None
    ]
    """Specifies a usage aggregation strategy for prices of `usage_type=metered`.
    Allowed values are `sum` for summing up all usage during a period,
    `last_during_period` for using the last usage record reported within a period,
    `last_ever` for using the last usage record ever (across period bounds) or `max`
    which uses the usage record with the maximum reported usage during a period.
    Defaults to `sum`.
    """

    interval: Literal["day", "month", "week", "year"]
    """The frequency at which a subscription is billed. One of `day`, `week`, `month` or
    `year`.
    """

    interval_count: int
    """The number of intervals (specified in the `interval` attribute) between
    subscription billings. For example, `interval=month` and `interval_count=3` bills
    every 3 months.
    """

    usage_type: Literal["licensed", "metered"]
    """Configures how the quantity per period should be determined. Can be either
    `metered` or `licensed`. `licensed` automatically bills the `quantity` set when
    adding it to a subscription. `metered` aggregates the total usage based on usage
    records. Defaults to `licensed`.
    """


class Refund(TypedDict):
    """The `refund` object.

    `Refund` objects allow you to refund a charge that has previously been created
    but not yet refunded. Funds will be refunded to the credit or debit card that was
    originally charged.

    Related guide: [Refunds](https://stripe.com/docs/refunds)
    """

    amount: int
    """Amount, in cents (or local equivalent)."""

    balance_transaction: NotRequired[str | BalanceTransaction | None]
    """Balance transaction that describes the impact on your account balance."""

    charge: NotRequired[str | Charge | None]
    """ID of the charge that was refunded."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    description: NotRequired[str]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    (Available on non-card refunds only)
    """

    failure_balance_transaction: NotRequired[str | BalanceTransaction]
    """If the refund failed, this balance transaction describes the adjustment made on
    your account balance that reverses the initial balance transaction.
    """

    failure_reason: NotRequired[str]
    """If the refund failed, the reason for refund failure if known. Possible values are
    `lost_or_stolen_card`, `expired_or_canceled_card`,
    `charge_for_pending_refund_disputed`, `insufficient_funds`, `declined`,
    `merchant_request` or `unknown`.
    """

    id: str
    """Unique identifier for the object."""

    instructions_email: NotRequired[str]
    """For payment methods without native refund support (e.g., Konbini, PromptPay),
    email for the customer to receive refund instructions.
    """

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    next_action: NotRequired[RefundNextAction]
    object: Literal["refund"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    payment_intent: NotRequired[str | PaymentIntent | None]
    """ID of the PaymentIntent that was refunded."""

    reason: NotRequired[
        Literal[
            "duplicate",
            "expired_uncaptured_charge",
            "fraudulent",
            "requested_by_customer",
        ]
        | None
    ]
    """Reason for the refund, either user-provided (`duplicate`, `fraudulent`, or
    `requested_by_customer`) or generated by Stripe internally
    (`expired_uncaptured_charge`).
    """

    receipt_number: NotRequired[str | None]
    """This is the transaction number that appears on email receipts sent for this
    refund.
    """

    source_transfer_reversal: NotRequired[str | TransferReversal | None]
    """The transfer reversal that is associated with the refund. Only present if the
    charge came from another Stripe account. See the Connect documentation for
    details.
    """

    status: NotRequired[str | None]
    """Status of the refund. For credit card refunds, this can be `pending`,
    `succeeded`, or `failed`. For other types of refunds, it can be `pending`,
    `requires_action`, `succeeded`, `failed`, or `canceled`. Refer to our
    [refunds](https://stripe.com/docs/refunds#failed-refunds) documentation for more
    details.
    """

    transfer_reversal: NotRequired[str | TransferReversal | None]
    """If the accompanying transfer was reversed, the transfer reversal object. Only
    applicable if the charge was created using the destination parameter.
    """


class RefundNextAction(TypedDict):
    """The `refund_next_action` object."""

    display_details: NotRequired[RefundNextActionDisplayDetails | None]
    """Contains the refund details."""

    type: str
    """Type of the next action to perform."""


class RefundNextActionDisplayDetails(TypedDict):
    """The `refund_next_action_display_details` object."""

    email_sent: EmailSent
    expires_at: int
    """The expiry timestamp."""


class ReserveTransaction(TypedDict):
    """The `reserve_transaction` object."""

    amount: int
    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    """

    id: str
    """Unique identifier for the object."""

    object: Literal["reserve_transaction"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class Review(TypedDict):
    """The `review` object.

    Reviews can be used to supplement automated fraud detection with human expertise.

    Learn more about [Radar](/radar) and reviewing payments
    [here](https://stripe.com/docs/radar/reviews).
    """

    billing_zip: NotRequired[str | None]
    """The ZIP or postal code of the card used, if applicable."""

    charge: NotRequired[str | Charge | None]
    """The charge associated with this review."""

    closed_reason: NotRequired[
        Literal["approved", "disputed", "redacted", "refunded", "refunded_as_fraud"]
        | None
    ]
    """The reason the review was closed, or null if it has not yet been closed. One of
    `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    id: str
    """Unique identifier for the object."""

    ip_address: NotRequired[str | None]
    """The IP address where the payment originated."""

    ip_address_location: NotRequired[RadarReviewResourceLocation | None]
    """Information related to the location of the payment. Note that this information is
    an approximation and attempts to locate the nearest population center - it should
    not be used to determine a specific address.
    """

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    object: Literal["review"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    open: bool
    """If `true`, the review needs action."""

    opened_reason: Literal["manual", "rule"]
    """The reason the review was opened. One of `rule` or `manual`."""

    payment_intent: NotRequired[str | PaymentIntent]
    """The PaymentIntent ID associated with this review, if one exists."""

    reason: str
    """The reason the review is currently open or closed. One of `rule`, `manual`,
    `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`.
    """

    session: NotRequired[RadarReviewResourceSession | None]
    """Information related to the browsing session of the user who initiated the
    payment.
    """


class Rule(TypedDict):
    """The `rule` object."""

    action: str
    """The action taken on the payment."""

    id: str
    """Unique identifier for the object."""

    predicate: str
    """The predicate to evaluate the payment against."""


class SchedulesPhaseAutomaticTax(TypedDict):
    """The `schedules_phase_automatic_tax` object."""

    enabled: bool
    """Whether Stripe automatically computes tax on invoices created during this phase.
    """


class SepaDebitGeneratedFrom(TypedDict):
    """The `sepa_debit_generated_from` object."""

    charge: NotRequired[str | Charge | None]
    """The ID of the Charge that generated this PaymentMethod, if any."""

    setup_attempt: NotRequired[str | SetupAttempt | None]
    """The ID of the SetupAttempt that generated this PaymentMethod, if any."""


class SetupAttempt(TypedDict):
    """The `setup_attempt` object.

    A SetupAttempt describes one attempted confirmation of a SetupIntent, whether
    that confirmation was successful or unsuccessful. You can use SetupAttempts to
    inspect details of a specific attempt at setting up a payment method using a
    SetupIntent.
    """

    application: NotRequired[str | Application | None]
    """The value of
    [application](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-application)
    on the SetupIntent at the time of this confirmation.
    """

    attach_to_self: NotRequired[bool]
    """If present, the SetupIntent's payment method will be attached to the in-context
    Stripe Account.

    It can only be used for this Stripe Account’s own money movement flows like
    InboundTransfer and OutboundTransfers. It cannot be set to true when setting up a
    PaymentMethod for a Customer, and defaults to false when attaching a
    PaymentMethod to a Customer.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    customer: NotRequired[str | Customer | DeletedCustomer | None]
    """The value of
    [customer](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-customer)
    on the SetupIntent at the time of this confirmation.
    """

    flow_directions: NotRequired[list[Literal["inbound", "outbound"]] | None]
    """Indicates the directions of money movement for which this payment method is
    intended to be used.

    Include `inbound` if you intend to use the payment method as the origin to pull
    funds from. Include `outbound` if you intend to use the payment method as the
    destination to send funds to. You can include both if you intend to use the
    payment method for both purposes.
    """

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    object: Literal["setup_attempt"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    on_behalf_of: NotRequired[str | Account | None]
    """The value of
    [on_behalf_of](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-on_behalf_of)
    on the SetupIntent at the time of this confirmation.
    """

    payment_method: str | PaymentMethod
    """ID of the payment method used with this SetupAttempt."""

    payment_method_details: SetupAttemptPaymentMethodDetails
    setup_error: NotRequired[ApiErrors | None]
    """The error encountered during this attempt to confirm the SetupIntent, if any."""

    setup_intent: str | SetupIntent
    """ID of the SetupIntent that this attempt belongs to."""

    status: str
    """Status of this SetupAttempt, one of `requires_confirmation`, `requires_action`,
    `processing`, `succeeded`, `failed`, or `abandoned`.
    """

    usage: str
    """The value of
    [usage](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-usage)
    on the SetupIntent at the time of this confirmation, one of `off_session` or
    `on_session`.
    """


class SetupAttemptPaymentMethodDetails(TypedDict):
    """The `setup_attempt_payment_method_details` object."""

    acss_debit: NotRequired[SetupAttemptPaymentMethodDetailsAcssDebit]
    au_becs_debit: NotRequired[SetupAttemptPaymentMethodDetailsAuBecsDebit]
    bacs_debit: NotRequired[SetupAttemptPaymentMethodDetailsBacsDebit]
    bancontact: NotRequired[SetupAttemptPaymentMethodDetailsBancontact]
    boleto: NotRequired[SetupAttemptPaymentMethodDetailsBoleto]
    card: NotRequired[SetupAttemptPaymentMethodDetailsCard]
    card_present: NotRequired[SetupAttemptPaymentMethodDetailsCardPresent]
    cashapp: NotRequired[SetupAttemptPaymentMethodDetailsCashapp]
    ideal: NotRequired[SetupAttemptPaymentMethodDetailsIdeal]
    klarna: NotRequired[SetupAttemptPaymentMethodDetailsKlarna]
    link: NotRequired[SetupAttemptPaymentMethodDetailsLink]
    paypal: NotRequired[SetupAttemptPaymentMethodDetailsPaypal]
    sepa_debit: NotRequired[SetupAttemptPaymentMethodDetailsSepaDebit]
    sofort: NotRequired[SetupAttemptPaymentMethodDetailsSofort]
    type: str
    """The type of the payment method used in the SetupIntent (e.g., `card`). An
    additional hash is included on `payment_method_details` with a name matching this
    value. It contains confirmation-specific information for the payment method.
    """

    us_bank_account: NotRequired[SetupAttemptPaymentMethodDetailsUsBankAccount]


class SetupAttemptPaymentMethodDetailsAcssDebit(TypedDict):
    """The `setup_attempt_payment_method_details_acss_debit` object."""


class SetupAttemptPaymentMethodDetailsAuBecsDebit(TypedDict):
    """The `setup_attempt_payment_method_details_au_becs_debit` object."""


class SetupAttemptPaymentMethodDetailsBacsDebit(TypedDict):
    """The `setup_attempt_payment_method_details_bacs_debit` object."""


class SetupAttemptPaymentMethodDetailsBancontact(TypedDict):
    """The `setup_attempt_payment_method_details_bancontact` object."""

    bank_code: NotRequired[str | None]
    """Bank code of bank associated with the bank account."""

    bank_name: NotRequired[str | None]
    """Name of the bank associated with the bank account."""

    bic: NotRequired[str | None]
    """Bank Identifier Code of the bank associated with the bank account."""

    generated_sepa_debit: NotRequired[str | PaymentMethod | None]
    """The ID of the SEPA Direct Debit PaymentMethod which was generated by this
    SetupAttempt.
    """

    generated_sepa_debit_mandate: NotRequired[str | Mandate | None]
    """The mandate for the SEPA Direct Debit PaymentMethod which was generated by this
    SetupAttempt.
    """

    iban_last4: NotRequired[str | None]
    """Last four characters of the IBAN."""

    preferred_language: NotRequired[Literal["de", "en", "fr", "nl"] | None]
    """Preferred language of the Bancontact authorization page that the customer is
    redirected to. Can be one of `en`, `de`, `fr`, or `nl`
    """

    verified_name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by Bancontact
    directly (if supported) at the time of authorization or settlement. They cannot
    be set or mutated.
    """


class SetupAttemptPaymentMethodDetailsBoleto(TypedDict):
    """The `setup_attempt_payment_method_details_boleto` object."""


class SetupAttemptPaymentMethodDetailsCard(TypedDict):
    """The `setup_attempt_payment_method_details_card` object."""

    brand: NotRequired[str | None]
    """Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`,
    `mastercard`, `unionpay`, `visa`, or `unknown`.
    """

    checks: NotRequired[PaymentMethodDetailsCardChecks | None]
    """Check results by Card networks on Card address and CVC at the time of
    authorization
    """

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country of the card. You could use this
    attribute to get a sense of the international breakdown of cards you've
    collected.
    """

    exp_month: NotRequired[int | None]
    """Two-digit number representing the card's expiration month."""

    exp_year: NotRequired[int | None]
    """Four-digit number representing the card's expiration year."""

    fingerprint: NotRequired[str | None]
    """Uniquely identifies this particular card number. You can use this attribute to
    check whether two customers who’ve signed up with you are using the same card
    number, for example. For payment methods that tokenize card information (Apple
    Pay, Google Pay), the tokenized number might be provided instead of the
    underlying card number.

    *As of May 1, 2021, card fingerprint in India for Connect changed to allow two
    fingerprints for the same card---one for India and one for the rest of the
    world.*
    """

    funding: NotRequired[str | None]
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""

    last4: NotRequired[str | None]
    """The last four digits of the card."""

    network: NotRequired[str | None]
    """Identifies which network this charge was processed on. Can be `amex`,
    `cartes_bancaires`, `diners`, `discover`, `eftpos_au`, `interac`, `jcb`,
    `mastercard`, `unionpay`, `visa`, or `unknown`.
    """

    three_d_secure: NotRequired[ThreeDSecureDetails | None]
    """Populated if this authorization used 3D Secure authentication."""

    wallet: NotRequired[SetupAttemptPaymentMethodDetailsCardWallet | None]
    """If this Card is part of a card wallet, this contains the details of the card
    wallet.
    """


class SetupAttemptPaymentMethodDetailsCardPresent(TypedDict):
    """The `setup_attempt_payment_method_details_card_present` object."""

    generated_card: NotRequired[str | PaymentMethod | None]
    """The ID of the Card PaymentMethod which was generated by this SetupAttempt."""


class SetupAttemptPaymentMethodDetailsCardWallet(TypedDict):
    """The `setup_attempt_payment_method_details_card_wallet` object."""

    apple_pay: NotRequired[PaymentMethodDetailsCardWalletApplePay]
    google_pay: NotRequired[PaymentMethodDetailsCardWalletGooglePay]
    type: Literal["apple_pay", "google_pay", "link"]
    """The type of the card wallet, one of `apple_pay`, `google_pay`, or `link`. An
    additional hash is included on the Wallet subhash with a name matching this
    value. It contains additional information specific to the card wallet type.
    """


class SetupAttemptPaymentMethodDetailsCashapp(TypedDict):
    """The `setup_attempt_payment_method_details_cashapp` object."""


class SetupAttemptPaymentMethodDetailsIdeal(TypedDict):
    """The `setup_attempt_payment_method_details_ideal` object."""

    bank: NotRequired[
        Literal[
            "abn_amro",
            "asn_bank",
            "bunq",
            "handelsbanken",
            "ing",
            "knab",
            "moneyou",
            "n26",
            "rabobank",
            "regiobank",
            "revolut",
            "sns_bank",
            "triodos_bank",
            "van_lanschot",
            "yoursafe",
        ]
        | None
    ]
    """The customer's bank. Can be one of `abn_amro`, `asn_bank`, `bunq`,
    `handelsbanken`, `ing`, `knab`, `moneyou`, `n26`, `rabobank`, `regiobank`,
    `revolut`, `sns_bank`, `triodos_bank`, `van_lanschot`, or `yoursafe`.
    """

    bic: NotRequired[
        Literal[
            "ABNANL2A",
            "ASNBNL21",
            "BITSNL2A",
            "BUNQNL2A",
            "FVLBNL22",
            "HANDNL2A",
            "INGBNL2A",
            "KNABNL2H",
            "MOYONL21",
            "NTSBDEB1",
            "RABONL2U",
            "RBRBNL21",
            "REVOIE23",
            "REVOLT21",
            "SNSBNL2A",
            "TRIONL2U",
        ]
        | None
    ]
    """The Bank Identifier Code of the customer's bank."""

    generated_sepa_debit: NotRequired[str | PaymentMethod | None]
    """The ID of the SEPA Direct Debit PaymentMethod which was generated by this
    SetupAttempt.
    """

    generated_sepa_debit_mandate: NotRequired[str | Mandate | None]
    """The mandate for the SEPA Direct Debit PaymentMethod which was generated by this
    SetupAttempt.
    """

    iban_last4: NotRequired[str | None]
    """Last four characters of the IBAN."""

    verified_name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by iDEAL directly (if
    supported) at the time of authorization or settlement. They cannot be set or
    mutated.
    """


class SetupAttemptPaymentMethodDetailsKlarna(TypedDict):
    """The `setup_attempt_payment_method_details_klarna` object."""


class SetupAttemptPaymentMethodDetailsLink(TypedDict):
    """The `setup_attempt_payment_method_details_link` object."""


class SetupAttemptPaymentMethodDetailsPaypal(TypedDict):
    """The `setup_attempt_payment_method_details_paypal` object."""


class SetupAttemptPaymentMethodDetailsSepaDebit(TypedDict):
    """The `setup_attempt_payment_method_details_sepa_debit` object."""


class SetupAttemptPaymentMethodDetailsSofort(TypedDict):
    """The `setup_attempt_payment_method_details_sofort` object."""

    bank_code: NotRequired[str | None]
    """Bank code of bank associated with the bank account."""

    bank_name: NotRequired[str | None]
    """Name of the bank associated with the bank account."""

    bic: NotRequired[str | None]
    """Bank Identifier Code of the bank associated with the bank account."""

    generated_sepa_debit: NotRequired[str | PaymentMethod | None]
    """The ID of the SEPA Direct Debit PaymentMethod which was generated by this
    SetupAttempt.
    """

    generated_sepa_debit_mandate: NotRequired[str | Mandate | None]
    """The mandate for the SEPA Direct Debit PaymentMethod which was generated by this
    SetupAttempt.
    """

    iban_last4: NotRequired[str | None]
    """Last four characters of the IBAN."""

    preferred_language: NotRequired[Literal["de", "en", "fr", "nl"] | None]
    """Preferred language of the Sofort authorization page that the customer is
    redirected to. Can be one of `en`, `de`, `fr`, or `nl`
    """

    verified_name: NotRequired[str | None]
    """Owner's verified full name. Values are verified or provided by Sofort directly
    (if supported) at the time of authorization or settlement. They cannot be set or
    mutated.
    """


class SetupAttemptPaymentMethodDetailsUsBankAccount(TypedDict):
    """The `setup_attempt_payment_method_details_us_bank_account` object."""


class SetupIntent(TypedDict):
    """The `setup_intent` object.

    A SetupIntent guides you through the process of setting up and saving a
    customer's payment credentials for future payments. For example, you could use a
    SetupIntent to set up and save your customer's card without immediately
    collecting a payment. Later, you can use
    [PaymentIntents](https://stripe.com/docs/api#payment_intents) to drive the
    payment flow.

    Create a SetupIntent as soon as you're ready to collect your customer's payment
    credentials. Do not maintain long-lived, unconfirmed SetupIntents as they may no
    longer be valid. The SetupIntent then transitions through multiple
    [statuses](https://stripe.com/docs/payments/intents#intent-statuses) as it guides
    you through the setup process.

    Successful SetupIntents result in payment credentials that are optimized for
    future payments. For example, cardholders in [certain
    regions](/guides/strong-customer-authentication) may need to be run through
    [Strong Customer
    Authentication](https://stripe.com/docs/strong-customer-authentication) at the
    time of payment method collection in order to streamline later [off-session
    payments](https://stripe.com/docs/payments/setup-intents). If the SetupIntent is
    used with a [Customer](https://stripe.com/docs/api#setup_intent_object-customer),
    upon success, it will automatically attach the resulting payment method to that
    Customer. We recommend using SetupIntents or
    [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage)
    on PaymentIntents to save payment methods in order to prevent saving invalid or
    unoptimized payment methods.

    By using SetupIntents, you ensure that your customers experience the minimum set
    of required friction, even as regulations change over time.

    Related guide: [Setup Intents
    API](https://stripe.com/docs/payments/setup-intents)
    """

    application: NotRequired[str | Application | None]
    """ID of the Connect application that created the SetupIntent."""

    attach_to_self: NotRequired[bool]
    """If present, the SetupIntent's payment method will be attached to the in-context
    Stripe Account.

    It can only be used for this Stripe Account’s own money movement flows like
    InboundTransfer and OutboundTransfers. It cannot be set to true when setting up a
    PaymentMethod for a Customer, and defaults to false when attaching a
    PaymentMethod to a Customer.
    """

    automatic_payment_methods: NotRequired[
        PaymentFlowsAutomaticPaymentMethodsSetupIntent | None
    ]
    """Settings for dynamic payment methods compatible with this Setup Intent"""

    cancellation_reason: NotRequired[
        Literal["abandoned", "duplicate", "requested_by_customer"] | None
    ]
    """Reason for cancellation of this SetupIntent, one of `abandoned`,
    `requested_by_customer`, or `duplicate`.
    """

    client_secret: NotRequired[str | None]
    """The client secret of this SetupIntent. Used for client-side retrieval using a
    publishable key.

    The client secret can be used to complete payment setup from your frontend. It
    should not be stored, logged, or exposed to anyone other than the customer. Make
    sure that you have TLS enabled on any page that includes the client secret.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    customer: NotRequired[str | Customer | DeletedCustomer | None]
    """ID of the Customer this SetupIntent belongs to, if one exists.

    If present, the SetupIntent's payment method will be attached to the Customer on
    successful setup. Payment methods attached to other Customers cannot be used with
    this SetupIntent.
    """

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    """

    flow_directions: NotRequired[list[Literal["inbound", "outbound"]] | None]
    """Indicates the directions of money movement for which this payment method is
    intended to be used.

    Include `inbound` if you intend to use the payment method as the origin to pull
    funds from. Include `outbound` if you intend to use the payment method as the
    destination to send funds to. You can include both if you intend to use the
    payment method for both purposes.
    """

    id: str
    """Unique identifier for the object."""

    last_setup_error: NotRequired[ApiErrors | None]
    """The error encountered in the previous SetupIntent confirmation."""

    latest_attempt: NotRequired[str | SetupAttempt | None]
    """The most recent SetupAttempt for this SetupIntent."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    mandate: NotRequired[str | Mandate | None]
    """ID of the multi use Mandate generated by the SetupIntent."""

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    next_action: NotRequired[SetupIntentNextAction | None]
    """If present, this property tells you what actions you need to take in order for
    your customer to continue payment setup.
    """

    object: Literal["setup_intent"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    on_behalf_of: NotRequired[str | Account | None]
    """The account (if any) for which the setup is intended."""

    payment_method: NotRequired[str | PaymentMethod | None]
    """ID of the payment method used with this SetupIntent."""

    payment_method_options: NotRequired[SetupIntentPaymentMethodOptions | None]
    """Payment-method-specific configuration for this SetupIntent."""

    payment_method_types: list[str]
    """The list of payment method types (e.g. card) that this SetupIntent is allowed to
    set up.
    """

    single_use_mandate: NotRequired[str | Mandate | None]
    """ID of the single_use Mandate generated by the SetupIntent."""

    status: Literal[
        "canceled",
        "processing",
        "requires_action",
        "requires_confirmation",
        "requires_payment_method",
        "succeeded",
    ]
    """[Status](https://stripe.com/docs/payments/intents#intent-statuses) of this
    SetupIntent, one of `requires_payment_method`, `requires_confirmation`,
    `requires_action`, `processing`, `canceled`, or `succeeded`.
    """

    usage: str
    """Indicates how the payment method is intended to be used in the future.

    Use `on_session` if you intend to only reuse the payment method when the customer
    is in your checkout flow. Use `off_session` if your customer may or may not be in
    your checkout flow. If not provided, this value defaults to `off_session`.
    """


class SetupIntentNextAction(TypedDict):
    """The `setup_intent_next_action` object."""

    cashapp_handle_redirect_or_display_qr_code: NotRequired[
        PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode
    ]
    redirect_to_url: NotRequired[SetupIntentNextActionRedirectToUrl]
    type: str
    """Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`,
    `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`.
    """

    use_stripe_sdk: NotRequired[dict[str, Any]]
    """When confirming a SetupIntent with Stripe.js, Stripe.js depends on the contents
    of this dictionary to invoke authentication flows. The shape of the contents is
    subject to change and is only intended to be used by Stripe.js.
    """

    verify_with_microdeposits: NotRequired[SetupIntentNextActionVerifyWithMicrodeposits]


class SetupIntentNextActionRedirectToUrl(TypedDict):
    """The `setup_intent_next_action_redirect_to_url` object."""

    return_url: NotRequired[str | None]
    """If the customer does not exit their browser while authenticating, they will be
    redirected to this specified URL after completion.
    """

    url: NotRequired[str | None]
    """The URL you must redirect your customer to in order to authenticate."""


class SetupIntentNextActionVerifyWithMicrodeposits(TypedDict):
    """The `setup_intent_next_action_verify_with_microdeposits` object."""

    arrival_date: int
    """The timestamp when the microdeposits are expected to land."""

    hosted_verification_url: str
    """The URL for the hosted verification page, which allows customers to verify their
    bank account.
    """

    microdeposit_type: NotRequired[Literal["amounts", "descriptor_code"] | None]
    """The type of the microdeposit sent to the customer. Used to distinguish between
    different verification methods.
    """


class SetupIntentPaymentMethodOptions(TypedDict):
    """The `setup_intent_payment_method_options` object."""

    acss_debit: NotRequired[
        SetupIntentPaymentMethodOptionsAcssDebit
        | SetupIntentTypeSpecificPaymentMethodOptionsClient
    ]
    card: NotRequired[SetupIntentPaymentMethodOptionsCard]
    link: NotRequired[
        SetupIntentPaymentMethodOptionsLink
        | SetupIntentTypeSpecificPaymentMethodOptionsClient
    ]
    paypal: NotRequired[
        SetupIntentPaymentMethodOptionsPaypal
        | SetupIntentTypeSpecificPaymentMethodOptionsClient
    ]
    sepa_debit: NotRequired[
        SetupIntentPaymentMethodOptionsSepaDebit
        | SetupIntentTypeSpecificPaymentMethodOptionsClient
    ]
    us_bank_account: NotRequired[
        SetupIntentPaymentMethodOptionsUsBankAccount
        | SetupIntentTypeSpecificPaymentMethodOptionsClient
    ]


class SetupIntentPaymentMethodOptionsAcssDebit(TypedDict):
    """The `setup_intent_payment_method_options_acss_debit` object."""

    currency: NotRequired[Literal["cad", "usd"] | None]
    """Currency supported by the bank account"""

    mandate_options: NotRequired[SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit]
    verification_method: NotRequired[Literal["automatic", "instant", "microdeposits"]]
    """Bank account verification method."""


class SetupIntentPaymentMethodOptionsCard(TypedDict):
    """The `setup_intent_payment_method_options_card` object."""

    mandate_options: NotRequired[
        SetupIntentPaymentMethodOptionsCardMandateOptions | None
    ]
    """Configuration options for setting up an eMandate for cards issued in India."""

    network: NotRequired[
        Literal[
            "amex",
            "cartes_bancaires",
            "diners",
            "discover",
            "eftpos_au",
            "interac",
            "jcb",
            "mastercard",
            "unionpay",
            "unknown",
            "visa",
        ]
        | None
    ]
    """Selected network to process this SetupIntent on. Depends on the available
    networks of the card attached to the setup intent. Can be only set confirm-time.
    """

    request_three_d_secure: NotRequired[
        Literal["any", "automatic", "challenge_only"] | None
    ]
    """We strongly recommend that you rely on our SCA Engine to automatically prompt
    your customers for authentication based on risk level and [other
    requirements](https://stripe.com/docs/strong-customer-authentication). However,
    if you wish to request 3D Secure based on logic from your own fraud engine,
    provide this option. Permitted values include: `automatic` or `any`. If not
    provided, defaults to `automatic`. Read our guide on [manually requesting 3D
    Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more
    information on how this configuration interacts with Radar and our SCA Engine.
    """


class SetupIntentPaymentMethodOptionsCardMandateOptions(TypedDict):
    """The `setup_intent_payment_method_options_card_mandate_options` object."""

    amount: int
    """Amount to be charged for future payments."""

    amount_type: Literal["fixed", "maximum"]
    """One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact
    amount to be charged in future payments. If `maximum`, the amount charged can be
    up to the value passed for the `amount` param.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    description: NotRequired[str | None]
    """A description of the mandate or subscription that is meant to be displayed to the
    customer.
    """

    end_date: NotRequired[int | None]
    """End date of the mandate or subscription. If not provided, the mandate will be
    active until canceled. If provided, end date should be after start date.
    """

    interval: Literal["day", "month", "sporadic", "week", "year"]
    """Specifies payment frequency. One of `day`, `week`, `month`, `year`, or
    `sporadic`.
    """

    interval_count: NotRequired[int | None]
    """The number of intervals between payments. For example, `interval=month` and
    `interval_count=3` indicates one payment every three months. Maximum of one year
    interval allowed (1 year, 12 months, or 52 weeks). This parameter is optional
    when `interval=sporadic`.
    """

    reference: str
    """Unique identifier for the mandate or subscription."""

    start_date: int
    """Start date of the mandate or subscription. Start date should not be lesser than
    yesterday.
    """

    supported_types: NotRequired[list[Literal["india"]] | None]
    """Specifies the type of mandates supported. Possible values are `india`."""


class SetupIntentPaymentMethodOptionsLink(TypedDict):
    """The `setup_intent_payment_method_options_link` object."""


class SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit(TypedDict):
    """The `setup_intent_payment_method_options_mandate_options_acss_debit` object."""

    custom_mandate_url: NotRequired[str]
    """A URL for custom mandate text"""

    default_for: NotRequired[list[Literal["invoice", "subscription"]]]
    """List of Stripe products where this mandate can be selected automatically."""

    interval_description: NotRequired[str | None]
    """Description of the interval. Only required if the 'payment_schedule' parameter is
    'interval' or 'combined'.
    """

    payment_schedule: NotRequired[Literal["combined", "interval", "sporadic"] | None]
    """Payment schedule for the mandate."""

    transaction_type: NotRequired[Literal["business", "personal"] | None]
    """Transaction type of the mandate."""


class SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit(TypedDict):
    """The `setup_intent_payment_method_options_mandate_options_sepa_debit` object."""


class SetupIntentPaymentMethodOptionsPaypal(TypedDict):
    """The `setup_intent_payment_method_options_paypal` object."""

    billing_agreement_id: NotRequired[str | None]
    """The PayPal Billing Agreement ID (BAID). This is an ID generated by PayPal which
    represents the mandate between the merchant and the customer.
    """


class SetupIntentPaymentMethodOptionsSepaDebit(TypedDict):
    """The `setup_intent_payment_method_options_sepa_debit` object."""

    mandate_options: NotRequired[SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit]


class SetupIntentPaymentMethodOptionsUsBankAccount(TypedDict):
    """The `setup_intent_payment_method_options_us_bank_account` object."""

    financial_connections: NotRequired[LinkedAccountOptionsUsBankAccount]
    verification_method: NotRequired[Literal["automatic", "instant", "microdeposits"]]
    """Bank account verification method."""


class SetupIntentTypeSpecificPaymentMethodOptionsClient(TypedDict):
    """The `setup_intent_type_specific_payment_method_options_client` object."""

    verification_method: NotRequired[Literal["automatic", "instant", "microdeposits"]]
    """Bank account verification method."""


class Shipping(TypedDict):
    """The `shipping` object."""

    address: NotRequired[Address]
    carrier: NotRequired[str | None]
    """The delivery service that shipped a physical product, such as Fedex, UPS, USPS,
    etc.
    """

    name: NotRequired[str]
    """Recipient name."""

    phone: NotRequired[str | None]
    """Recipient phone (including extension)."""

    tracking_number: NotRequired[str | None]
    """The tracking number for a physical product, obtained from the delivery service.
    If multiple tracking numbers were generated for this purchase, please separate
    them with commas.
    """


class ShippingRate(TypedDict):
    """The `shipping_rate` object.

    Shipping rates describe the price of shipping presented to your customers and
    applied to a purchase. For more information, see [Charge for
    shipping](https://stripe.com/docs/payments/during-payment/charge-shipping).
    """

    active: bool
    """Whether the shipping rate can be used for new purchases. Defaults to `true`."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    delivery_estimate: NotRequired[ShippingRateDeliveryEstimate | None]
    """The estimated range for how long shipping will take, meant to be displayable to
    the customer. This will appear on CheckoutSessions.
    """

    display_name: NotRequired[str | None]
    """The name of the shipping rate, meant to be displayable to the customer. This will
    appear on CheckoutSessions.
    """

    fixed_amount: NotRequired[ShippingRateFixedAmount]
    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["shipping_rate"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    tax_behavior: NotRequired[Literal["exclusive", "inclusive", "unspecified"] | None]
    """Specifies whether the rate is considered inclusive of taxes or exclusive of
    taxes. One of `inclusive`, `exclusive`, or `unspecified`.
    """

    tax_code: NotRequired[str | TaxCode | None]
    """A [tax code](https://stripe.com/docs/tax/tax-categories) ID. The Shipping tax
    code is `txcd_92010001`.
    """

    type: Literal["fixed_amount"]
    """The type of calculation to use on the shipping rate. Can only be `fixed_amount`
    for now.
    """


class ShippingRateCurrencyOption(TypedDict):
    """The `shipping_rate_currency_option` object."""

    amount: int
    """A non-negative integer in cents representing how much to charge."""

    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Specifies whether the rate is considered inclusive of taxes or exclusive of
    taxes. One of `inclusive`, `exclusive`, or `unspecified`.
    """


class ShippingRateDeliveryEstimate(TypedDict):
    """The `shipping_rate_delivery_estimate` object."""

    maximum: NotRequired[ShippingRateDeliveryEstimateBound | None]
    """The upper bound of the estimated range. If empty, represents no upper bound i.e.,
    infinite.
    """

    minimum: NotRequired[ShippingRateDeliveryEstimateBound | None]
    """The lower bound of the estimated range. If empty, represents no lower bound."""


class ShippingRateDeliveryEstimateBound(TypedDict):
    """The `shipping_rate_delivery_estimate_bound` object."""

    unit: Literal["business_day", "day", "hour", "month", "week"]
    """A unit of time."""

    value: int
    """Must be greater than 0."""


class ShippingRateFixedAmount(TypedDict):
    """The `shipping_rate_fixed_amount` object."""

    amount: int
    """A non-negative integer in cents representing how much to charge."""

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    currency_options: NotRequired[dict[str, ShippingRateCurrencyOption]]
    """Shipping rates defined in each available currency option. Each key must be a
    three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported
    currency](https://stripe.com/docs/currencies).
    """


class Source(TypedDict):
    """The `source` object.

    `Source` objects allow you to accept a variety of payment methods. They represent
    a customer's payment instrument, and can be used with the Stripe API just like a
    `Card` object: once chargeable, they can be charged, or can be attached to
    customers.

    Stripe doesn't recommend using the deprecated [Sources
    API](https://stripe.com/docs/api/sources). We recommend that you adopt the
    [PaymentMethods API](https://stripe.com/docs/api/payment_methods). This newer API
    provides access to our latest features and payment method types.

    Related guides: [Sources API](https://stripe.com/docs/sources) and [Sources &
    Customers](https://stripe.com/docs/sources/customers).
    """

    ach_credit_transfer: NotRequired[SourceTypeAchCreditTransfer]
    ach_debit: NotRequired[SourceTypeAchDebit]
    acss_debit: NotRequired[SourceTypeAcssDebit]
    alipay: NotRequired[SourceTypeAlipay]
    amount: NotRequired[int | None]
    """A positive integer in the smallest currency unit (that is, 100 cents for $1.00,
    or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total
    amount associated with the source. This is the amount for which the source will
    be chargeable once ready. Required for `single_use` sources.
    """

    au_becs_debit: NotRequired[SourceTypeAuBecsDebit]
    bancontact: NotRequired[SourceTypeBancontact]
    card: NotRequired[SourceTypeCard]
    card_present: NotRequired[SourceTypeCardPresent]
    client_secret: str
    """The client secret of the source. Used for client-side retrieval using a
    publishable key.
    """

    code_verification: NotRequired[SourceCodeVerificationFlow]
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: NotRequired[str | None]
    """Three-letter [ISO code for the currency](https://stripe.com/docs/currencies)
    associated with the source. This is the currency for which the source will be
    chargeable once ready. Required for `single_use` sources.
    """

    customer: NotRequired[str]
    """The ID of the customer to which this source is attached. This will not be present
    when the source has not been attached to a customer.
    """

    eps: NotRequired[SourceTypeEps]
    flow: str
    """The authentication `flow` of the source. `flow` is one of `redirect`, `receiver`,
    `code_verification`, `none`.
    """

    giropay: NotRequired[SourceTypeGiropay]
    id: str
    """Unique identifier for the object."""

    ideal: NotRequired[SourceTypeIdeal]
    klarna: NotRequired[SourceTypeKlarna]
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    multibanco: NotRequired[SourceTypeMultibanco]
    object: Literal["source"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    owner: NotRequired[SourceOwner | None]
    """Information about the owner of the payment instrument that may be used or
    required by particular source types.
    """

    p24: NotRequired[SourceTypeP24]
    receiver: NotRequired[SourceReceiverFlow]
    redirect: NotRequired[SourceRedirectFlow]
    sepa_debit: NotRequired[SourceTypeSepaDebit]
    sofort: NotRequired[SourceTypeSofort]
    source_order: NotRequired[SourceOrder]
    statement_descriptor: NotRequired[str | None]
    """Extra information about a source. This will appear on your customer's statement
    every time you charge the source.
    """

    status: str
    """The status of the source, one of `canceled`, `chargeable`, `consumed`, `failed`,
    or `pending`. Only `chargeable` sources can be used to create a charge.
    """

    three_d_secure: NotRequired[SourceTypeThreeDSecure]
    type: Literal[
        "ach_credit_transfer",
        "ach_debit",
        "acss_debit",
        "alipay",
        "au_becs_debit",
        "bancontact",
        "card",
        "card_present",
        "eps",
        "giropay",
        "ideal",
        "klarna",
        "multibanco",
        "p24",
        "sepa_debit",
        "sofort",
        "three_d_secure",
        "wechat",
    ]
    """The `type` of the source. The `type` is a payment method, one of
    `ach_credit_transfer`, `ach_debit`, `alipay`, `bancontact`, `card`,
    `card_present`, `eps`, `giropay`, `ideal`, `multibanco`, `klarna`, `p24`,
    `sepa_debit`, `sofort`, `three_d_secure`, or `wechat`. An additional hash is
    included on the source with a name matching this value. It contains additional
    information specific to the [payment method](https://stripe.com/docs/sources)
    used.
    """

    usage: NotRequired[str | None]
    """Either `reusable` or `single_use`. Whether this source should be reusable or not.
    Some source types may or may not be reusable by construction, while others may
    leave the option at creation. If an incompatible value is passed, an error will
    be returned.
    """

    wechat: NotRequired[SourceTypeWechat]


class SourceCodeVerificationFlow(TypedDict):
    """The `source_code_verification_flow` object."""

    attempts_remaining: int
    """The number of attempts remaining to authenticate the source object with a
    verification code.
    """

    status: str
    """The status of the code verification, either `pending` (awaiting verification,
    `attempts_remaining` should be greater than 0), `succeeded` (successful
    verification) or `failed` (failed verification, cannot be verified anymore as
    `attempts_remaining` should be 0).
    """


class SourceOrder(TypedDict):
    """The `source_order` object."""

    amount: int
    """A positive integer in the smallest currency unit (that is, 100 cents for $1.00,
    or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total
    amount for the order.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    email: NotRequired[str]
    """The email address of the customer placing the order."""

    items: NotRequired[list[SourceOrderItem] | None]
    """List of items constituting the order."""

    shipping: NotRequired[Shipping]


class SourceOrderItem(TypedDict):
    """The `source_order_item` object."""

    amount: NotRequired[int | None]
    """The amount (price) for this order item."""

    currency: NotRequired[str | None]
    """This currency of this order item. Required when `amount` is present."""

    description: NotRequired[str | None]
    """Human-readable description for this order item."""

    parent: NotRequired[str | None]
    """The ID of the associated object for this line item. Expandable if not null (e.g.,
    expandable to a SKU).
    """

    quantity: NotRequired[int]
    """The quantity of this order item. When type is `sku`, this is the number of
    instances of the SKU to be ordered.
    """

    type: NotRequired[str | None]
    """The type of this order item. Must be `sku`, `tax`, or `shipping`."""


class SourceOwner(TypedDict):
    """The `source_owner` object."""

    address: NotRequired[Address | None]
    """Owner's address."""

    email: NotRequired[str | None]
    """Owner's email address."""

    name: NotRequired[str | None]
    """Owner's full name."""

    phone: NotRequired[str | None]
    """Owner's phone number (including extension)."""

    verified_address: NotRequired[Address | None]
    """Verified owner's address. Verified values are verified or provided by the payment
    method directly (and if supported) at the time of authorization or settlement.
    They cannot be set or mutated.
    """

    verified_email: NotRequired[str | None]
    """Verified owner's email address. Verified values are verified or provided by the
    payment method directly (and if supported) at the time of authorization or
    settlement. They cannot be set or mutated.
    """

    verified_name: NotRequired[str | None]
    """Verified owner's full name. Verified values are verified or provided by the
    payment method directly (and if supported) at the time of authorization or
    settlement. They cannot be set or mutated.
    """

    verified_phone: NotRequired[str | None]
    """Verified owner's phone number (including extension). Verified values are verified
    or provided by the payment method directly (and if supported) at the time of
    authorization or settlement. They cannot be set or mutated.
    """


class SourceReceiverFlow(TypedDict):
    """The `source_receiver_flow` object."""

    address: NotRequired[str | None]
    """The address of the receiver source. This is the value that should be communicated
    to the customer to send their funds to.
    """

    amount_charged: int
    """The total amount that was moved to your balance. This is almost always equal to
    the amount charged. In rare cases when customers deposit excess funds and we are
    unable to refund those, those funds get moved to your balance and show up in
    amount_charged as well. The amount charged is expressed in the source's currency.
    """

    amount_received: int
    """The total amount received by the receiver source. `amount_received =
    amount_returned + amount_charged` should be true for consumed sources unless
    customers deposit excess funds. The amount received is expressed in the source's
    currency.
    """

    amount_returned: int
    """The total amount that was returned to the customer. The amount returned is
    expressed in the source's currency.
    """

    refund_attributes_method: str
    """Type of refund attribute method, one of `email`, `manual`, or `none`."""

    refund_attributes_status: str
    """Type of refund attribute status, one of `missing`, `requested`, or `available`.
    """


class SourceRedirectFlow(TypedDict):
    """The `source_redirect_flow` object."""

    failure_reason: NotRequired[str | None]
    """The failure reason for the redirect, either `user_abort` (the customer aborted or
    dropped out of the redirect flow), `declined` (the authentication failed or the
    transaction was declined), or `processing_error` (the redirect failed due to a
    technical error). Present only if the redirect status is `failed`.
    """

    return_url: str
    """The URL you provide to redirect the customer to after they authenticated their
    payment.
    """

    status: str
    """The status of the redirect, either `pending` (ready to be used by your customer
    to authenticate the transaction), `succeeded` (succesful authentication, cannot
    be reused) or `not_required` (redirect should not be used) or `failed` (failed
    authentication, cannot be reused).
    """

    url: str
    """The URL provided to you to redirect a customer to as part of a `redirect`
    authentication flow.
    """


class SourceTypeAchCreditTransfer(TypedDict):
    """The `source_type_ach_credit_transfer` object."""

    account_number: NotRequired[str | None]
    bank_name: NotRequired[str | None]
    fingerprint: NotRequired[str | None]
    refund_account_holder_name: NotRequired[str | None]
    refund_account_holder_type: NotRequired[str | None]
    refund_routing_number: NotRequired[str | None]
    routing_number: NotRequired[str | None]
    swift_code: NotRequired[str | None]


class SourceTypeAchDebit(TypedDict):
    """The `source_type_ach_debit` object."""

    bank_name: NotRequired[str | None]
    country: NotRequired[str | None]
    fingerprint: NotRequired[str | None]
    last4: NotRequired[str | None]
    routing_number: NotRequired[str | None]
    type: NotRequired[str | None]


class SourceTypeAcssDebit(TypedDict):
    """The `source_type_acss_debit` object."""

    bank_address_city: NotRequired[str | None]
    bank_address_line_1: NotRequired[str | None]
    bank_address_line_2: NotRequired[str | None]
    bank_address_postal_code: NotRequired[str | None]
    bank_name: NotRequired[str | None]
    category: NotRequired[str | None]
    country: NotRequired[str | None]
    fingerprint: NotRequired[str | None]
    last4: NotRequired[str | None]
    routing_number: NotRequired[str | None]


class SourceTypeAlipay(TypedDict):
    """The `source_type_alipay` object."""

    data_string: NotRequired[str | None]
    native_url: NotRequired[str | None]
    statement_descriptor: NotRequired[str | None]


class SourceTypeAuBecsDebit(TypedDict):
    """The `source_type_au_becs_debit` object."""

    bsb_number: NotRequired[str | None]
    fingerprint: NotRequired[str | None]
    last4: NotRequired[str | None]


class SourceTypeBancontact(TypedDict):
    """The `source_type_bancontact` object."""

    bank_code: NotRequired[str | None]
    bank_name: NotRequired[str | None]
    bic: NotRequired[str | None]
    iban_last4: NotRequired[str | None]
    preferred_language: NotRequired[str | None]
    statement_descriptor: NotRequired[str | None]


class SourceTypeCard(TypedDict):
    """The `source_type_card` object."""

    address_line1_check: NotRequired[str | None]
    address_zip_check: NotRequired[str | None]
    brand: NotRequired[str | None]
    country: NotRequired[str | None]
    cvc_check: NotRequired[str | None]
    dynamic_last4: NotRequired[str | None]
    exp_month: NotRequired[int | None]
    exp_year: NotRequired[int | None]
    fingerprint: NotRequired[str]
    funding: NotRequired[str | None]
    last4: NotRequired[str | None]
    name: NotRequired[str | None]
    three_d_secure: NotRequired[str]
    tokenization_method: NotRequired[str | None]


class SourceTypeCardPresent(TypedDict):
    """The `source_type_card_present` object."""

    application_cryptogram: NotRequired[str]
    application_preferred_name: NotRequired[str]
    authorization_code: NotRequired[str | None]
    authorization_response_code: NotRequired[str]
    brand: NotRequired[str | None]
    country: NotRequired[str | None]
    cvm_type: NotRequired[str]
    data_type: NotRequired[str | None]
    dedicated_file_name: NotRequired[str]
    emv_auth_data: NotRequired[str]
    evidence_customer_signature: NotRequired[str | None]
    evidence_transaction_certificate: NotRequired[str | None]
    exp_month: NotRequired[int | None]
    exp_year: NotRequired[int | None]
    fingerprint: NotRequired[str]
    funding: NotRequired[str | None]
    last4: NotRequired[str | None]
    pos_device_id: NotRequired[str | None]
    pos_entry_mode: NotRequired[str]
    read_method: NotRequired[str | None]
    reader: NotRequired[str | None]
    terminal_verification_results: NotRequired[str]
    transaction_status_information: NotRequired[str]


class SourceTypeEps(TypedDict):
    """The `source_type_eps` object."""

    reference: NotRequired[str | None]
    statement_descriptor: NotRequired[str | None]


class SourceTypeGiropay(TypedDict):
    """The `source_type_giropay` object."""

    bank_code: NotRequired[str | None]
    bank_name: NotRequired[str | None]
    bic: NotRequired[str | None]
    statement_descriptor: NotRequired[str | None]


class SourceTypeIdeal(TypedDict):
    """The `source_type_ideal` object."""

    bank: NotRequired[str | None]
    bic: NotRequired[str | None]
    iban_last4: NotRequired[str | None]
    statement_descriptor: NotRequired[str | None]


class SourceTypeKlarna(TypedDict):
    """The `source_type_klarna` object."""

    background_image_url: NotRequired[str]
    client_token: NotRequired[str | None]
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    locale: NotRequired[str]
    logo_url: NotRequired[str]
    page_title: NotRequired[str]
    pay_later_asset_urls_descriptive: NotRequired[str]
    pay_later_asset_urls_standard: NotRequired[str]
    pay_later_name: NotRequired[str]
    pay_later_redirect_url: NotRequired[str]
    pay_now_asset_urls_descriptive: NotRequired[str]
    pay_now_asset_urls_standard: NotRequired[str]
    pay_now_name: NotRequired[str]
    pay_now_redirect_url: NotRequired[str]
    pay_over_time_asset_urls_descriptive: NotRequired[str]
    pay_over_time_asset_urls_standard: NotRequired[str]
    pay_over_time_name: NotRequired[str]
    pay_over_time_redirect_url: NotRequired[str]
    payment_method_categories: NotRequired[str]
    purchase_country: NotRequired[str]
    purchase_type: NotRequired[str]
    redirect_url: NotRequired[str]
    shipping_delay: NotRequired[int]
    shipping_first_name: NotRequired[str]
    shipping_last_name: NotRequired[str]


class SourceTypeMultibanco(TypedDict):
    """The `source_type_multibanco` object."""

    entity: NotRequired[str | None]
    reference: NotRequired[str | None]
    refund_account_holder_address_city: NotRequired[str | None]
    refund_account_holder_address_country: NotRequired[str | None]
    refund_account_holder_address_line1: NotRequired[str | None]
    refund_account_holder_address_line2: NotRequired[str | None]
    refund_account_holder_address_postal_code: NotRequired[str | None]
    refund_account_holder_address_state: NotRequired[str | None]
    refund_account_holder_name: NotRequired[str | None]
    refund_iban: NotRequired[str | None]


class SourceTypeP24(TypedDict):
    """The `source_type_p24` object."""

    reference: NotRequired[str | None]


class SourceTypeSepaDebit(TypedDict):
    """The `source_type_sepa_debit` object."""

    bank_code: NotRequired[str | None]
    branch_code: NotRequired[str | None]
    country: NotRequired[str | None]
    fingerprint: NotRequired[str | None]
    last4: NotRequired[str | None]
    mandate_reference: NotRequired[str | None]
    mandate_url: NotRequired[str | None]


class SourceTypeSofort(TypedDict):
    """The `source_type_sofort` object."""

    bank_code: NotRequired[str | None]
    bank_name: NotRequired[str | None]
    bic: NotRequired[str | None]
    country: NotRequired[str | None]
    iban_last4: NotRequired[str | None]
    preferred_language: NotRequired[str | None]
    statement_descriptor: NotRequired[str | None]


class SourceTypeThreeDSecure(TypedDict):
    """The `source_type_three_d_secure` object."""

    address_line1_check: NotRequired[str | None]
    address_zip_check: NotRequired[str | None]
    authenticated: NotRequired[bool | None]
    brand: NotRequired[str | None]
    card: NotRequired[str | None]
    country: NotRequired[str | None]
    customer: NotRequired[str | None]
    cvc_check: NotRequired[str | None]
    dynamic_last4: NotRequired[str | None]
    exp_month: NotRequired[int | None]
    exp_year: NotRequired[int | None]
    fingerprint: NotRequired[str]
    funding: NotRequired[str | None]
    last4: NotRequired[str | None]
    name: NotRequired[str | None]
    three_d_secure: NotRequired[str]
    tokenization_method: NotRequired[str | None]


class SourceTypeWechat(TypedDict):
    """The `source_type_wechat` object."""

    prepay_id: NotRequired[str]
    qr_code_url: NotRequired[str | None]
    statement_descriptor: NotRequired[str]


class Subscription(TypedDict):
    """The `subscription` object.

    Subscriptions allow you to charge a customer on a recurring basis.

    Related guide: [Creating
    subscriptions](https://stripe.com/docs/billing/subscriptions/creating)
    """

    application: NotRequired[str | Application | DeletedApplication | None]
    """ID of the Connect Application that created the subscription."""

    application_fee_percent: NotRequired[float | None]
    """A non-negative decimal between 0 and 100, with at most two decimal places. This
    represents the percentage of the subscription invoice total that will be
    transferred to the application owner's Stripe account.
    """

    automatic_tax: SubscriptionAutomaticTax
    billing_cycle_anchor: int
    """Determines the date of the first full invoice, and, for plans with `month` or
    `year` intervals, the day of the month for subsequent invoices. The timestamp is
    in UTC format.
    """

    billing_thresholds: NotRequired[SubscriptionBillingThresholds | None]
    """Define thresholds at which an invoice will be sent, and the subscription advanced
    to a new billing period
    """

    cancel_at: NotRequired[int | None]
    """A date in the future at which the subscription will automatically get canceled"""

    cancel_at_period_end: bool
    """If the subscription has been canceled with the `at_period_end` flag set to
    `true`, `cancel_at_period_end` on the subscription will be true. You can use this
    attribute to determine whether a subscription that has a status of active is
    scheduled to be canceled at the end of the current period.
    """

    canceled_at: NotRequired[int | None]
    """If the subscription has been canceled, the date of that cancellation. If the
    subscription was canceled with `cancel_at_period_end`, `canceled_at` will reflect
    the time of the most recent update request, not the end of the subscription
    period when the subscription is automatically moved to a canceled state.
    """

    cancellation_details: NotRequired[CancellationDetails | None]
    """Details about why this subscription was cancelled"""

    collection_method: Literal["charge_automatically", "send_invoice"]
    """Either `charge_automatically`, or `send_invoice`. When charging automatically,
    Stripe will attempt to pay this subscription at the end of the cycle using the
    default source attached to the customer. When sending an invoice, Stripe will
    email your customer an invoice with payment instructions and mark the
    subscription as `active`.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    current_period_end: int
    """End of the current period that the subscription has been invoiced for. At the end
    of this period, a new invoice will be created.
    """

    current_period_start: int
    """Start of the current period that the subscription has been invoiced for."""

    customer: str | Customer | DeletedCustomer
    """ID of the customer who owns the subscription."""

    days_until_due: NotRequired[int | None]
    """Number of days a customer has to pay invoices generated by this subscription.
    This value will be `null` for subscriptions where
    `collection_method=charge_automatically`.
    """

    default_payment_method: NotRequired[str | PaymentMethod | None]
    """ID of the default payment method for the subscription. It must belong to the
    customer associated with the subscription. This takes precedence over
    `default_source`. If neither are set, invoices will use the customer's
    [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method)
    or
    [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
    """

    default_source: NotRequired[str | BankAccount | Card | Source | None]
    """ID of the default payment source for the subscription. It must belong to the
    customer associated with the subscription and be in a chargeable state. If
    `default_payment_method` is also set, `default_payment_method` will take
    precedence. If neither are set, invoices will use the customer's
    [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method)
    or
    [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
    """

    default_tax_rates: NotRequired[list[TaxRate] | None]
    """The tax rates that will apply to any subscription item that does not have
    `tax_rates` set. Invoices created will have their `default_tax_rates` populated
    from the subscription.
    """

    description: NotRequired[str | None]
    """The subscription's description, meant to be displayable to the customer. Use this
    field to optionally store an explanation of the subscription for rendering in
    Stripe surfaces.
    """

    discount: NotRequired[Discount | None]
    """Describes the current discount applied to this subscription, if there is one.
    When billing, a discount applied to a subscription overrides a discount applied
    on a customer-wide basis.
    """

    ended_at: NotRequired[int | None]
    """If the subscription has ended, the date the subscription ended."""

    id: str
    """Unique identifier for the object."""

    items: SubscriptionItems
    """List of subscription items, each with an attached price."""

    latest_invoice: NotRequired[str | Invoice | None]
    """The most recent invoice this subscription has generated."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    next_pending_invoice_item_invoice: NotRequired[int | None]
    """Specifies the approximate timestamp on which any pending invoice items will be
    billed according to the schedule provided at `pending_invoice_item_interval`.
    """

    object: Literal["subscription"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    on_behalf_of: NotRequired[str | Account | None]
    """The account (if any) the charge was made on behalf of for charges associated with
    this subscription. See the Connect documentation for details.
    """

    pause_collection: NotRequired[SubscriptionsResourcePauseCollection | None]
    """If specified, payment collection for this subscription will be paused."""

    payment_settings: NotRequired[SubscriptionsResourcePaymentSettings | None]
    """Payment settings passed on to invoices created by the subscription."""

    pending_invoice_item_interval: NotRequired[
        SubscriptionPendingInvoiceItemInterval | None
    ]
    """Specifies an interval for how often to bill for any pending invoice items. It is
    analogous to calling [Create an
    invoice](https://stripe.com/docs/api#create_invoice) for the given subscription
    at the specified interval.
    """

    pending_setup_intent: NotRequired[str | SetupIntent | None]
    """You can use this [SetupIntent](https://stripe.com/docs/api/setup_intents) to
    collect user authentication when creating a subscription without immediate
    payment or updating a subscription's payment method, allowing you to optimize for
    off-session payments. Learn more in the [SCA Migration
    Guide](https://stripe.com/docs/billing/migration/strong-customer-authentication#scenario-2).
    """

    pending_update: NotRequired[SubscriptionsResourcePendingUpdate | None]
    """If specified, [pending
    updates](https://stripe.com/docs/billing/subscriptions/pending-updates) that will
    be applied to the subscription once the `latest_invoice` has been paid.
    """

    schedule: NotRequired[str | SubscriptionSchedule | None]
    """The schedule attached to the subscription"""

    start_date: int
    """Date when the subscription was first created. The date might differ from the
    `created` date due to backdating.
    """

    status: Literal[
        "active",
        "canceled",
        "incomplete",
        "incomplete_expired",
        "past_due",
        "paused",
        "trialing",
        "unpaid",
    ]
    """Possible values are `incomplete`, `incomplete_expired`, `trialing`, `active`,
    `past_due`, `canceled`, or `unpaid`.

    For `collection_method=charge_automatically` a subscription moves into
    `incomplete` if the initial payment attempt fails. A subscription in this state
    can only have metadata and default_source updated. Once the first invoice is
    paid, the subscription moves into an `active` state. If the first invoice is not
    paid within 23 hours, the subscription transitions to `incomplete_expired`. This
    is a terminal state, the open invoice will be voided and no further invoices will
    be generated.

    A subscription that is currently in a trial period is `trialing` and moves to
    `active` when the trial period is over.

    If subscription `collection_method=charge_automatically`, it becomes `past_due`
    when payment is required but cannot be paid (due to failed payment or awaiting
    additional user actions). Once Stripe has exhausted all payment retry attempts,
    the subscription will become `canceled` or `unpaid` (depending on your
    subscriptions settings).

    If subscription `collection_method=send_invoice` it becomes `past_due` when its
    invoice is not paid by the due date, and `canceled` or `unpaid` if it is still
    not paid by an additional deadline after that. Note that when a subscription has
    a status of `unpaid`, no subsequent invoices will be attempted (invoices will be
    created, but then immediately automatically closed). After receiving updated
    payment information from a customer, you may choose to reopen and pay their
    closed invoices.
    """

    test_clock: NotRequired[str | TestHelpersTestClock | None]
    """ID of the test clock this subscription belongs to."""

    transfer_data: NotRequired[SubscriptionTransferData | None]
    """The account (if any) the subscription's payments will be attributed to for tax
    reporting, and where funds from each payment will be transferred to for each of
    the subscription's invoices.
    """

    trial_end: NotRequired[int | None]
    """If the subscription has a trial, the end of that trial."""

    trial_settings: NotRequired[SubscriptionsTrialsResourceTrialSettings | None]
    """Settings related to subscription trials."""

    trial_start: NotRequired[int | None]
    """If the subscription has a trial, the beginning of that trial."""


class SubscriptionAutomaticTax(TypedDict):
    """The `subscription_automatic_tax` object."""

    enabled: bool
    """Whether Stripe automatically computes tax on this subscription."""


class SubscriptionBillingThresholds(TypedDict):
    """The `subscription_billing_thresholds` object."""

    amount_gte: NotRequired[int | None]
    """Monetary threshold that triggers the subscription to create an invoice"""

    reset_billing_cycle_anchor: NotRequired[bool | None]
    """Indicates if the `billing_cycle_anchor` should be reset when a threshold is
    reached. If true, `billing_cycle_anchor` will be updated to the date/time the
    threshold was last reached; otherwise, the value will remain unchanged. This
    value may not be `true` if the subscription contains items with plans that have
    `aggregate_usage=last_ever`.
    """


class SubscriptionDetailsData(TypedDict):
    """The `subscription_details_data` object."""

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that will reflect
    the metadata of the subscription at the time of invoice creation. *Note: This
    attribute is populated only for invoices created on or after June 29, 2023.*
    """


class SubscriptionItem(TypedDict):
    """The `subscription_item` object.

    Subscription items allow you to create customer subscriptions with more than one
    plan, making it easy to represent complex billing relationships.
    """

    billing_thresholds: NotRequired[SubscriptionItemBillingThresholds | None]
    """Define thresholds at which an invoice will be sent, and the related subscription
    advanced to a new billing period
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    id: str
    """Unique identifier for the object."""

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["subscription_item"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    price: Price
    quantity: NotRequired[int]
    """The [quantity](https://stripe.com/docs/subscriptions/quantities) of the plan to
    which the customer should be subscribed.
    """

    subscription: str
    """The `subscription` this `subscription_item` belongs to."""

    tax_rates: NotRequired[list[TaxRate] | None]
    """The tax rates which apply to this `subscription_item`. When set, the
    `default_tax_rates` on the subscription do not apply to this `subscription_item`.
    """


class SubscriptionItemBillingThresholds(TypedDict):
    """The `subscription_item_billing_thresholds` object."""

    usage_gte: NotRequired[int | None]
    """Usage threshold that triggers the subscription to create an invoice"""


class SubscriptionItems(TypedDict):
    """The `subscription.items` object.

    List of subscription items, each with an attached price.
    """

    data: list[SubscriptionItem]
    """Details about each object."""

    has_more: bool
    """True if this list has another page of items after this one that can be fetched.
    """

    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same
    value. Always has the value `list`.
    """

    url: str
    """The URL where this list can be accessed."""


class SubscriptionPaymentMethodOptionsCard(TypedDict):
    """The `subscription_payment_method_options_card` object."""

    mandate_options: NotRequired[InvoiceMandateOptionsCard]
    network: NotRequired[
        Literal[
            "amex",
            "cartes_bancaires",
            "diners",
            "discover",
            "eftpos_au",
            "interac",
            "jcb",
            "mastercard",
            "unionpay",
            "unknown",
            "visa",
        ]
        | None
    ]
    """Selected network to process this Subscription on. Depends on the available
    networks of the card attached to the Subscription. Can be only set confirm-time.
    """

    request_three_d_secure: NotRequired[Literal["any", "automatic"] | None]
    """We strongly recommend that you rely on our SCA Engine to automatically prompt
    your customers for authentication based on risk level and [other
    requirements](https://stripe.com/docs/strong-customer-authentication). However,
    if you wish to request 3D Secure based on logic from your own fraud engine,
    provide this option. Read our guide on [manually requesting 3D
    Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more
    information on how this configuration interacts with Radar and our SCA Engine.
    """


class SubscriptionPendingInvoiceItemInterval(TypedDict):
    """The `subscription_pending_invoice_item_interval` object."""

    interval: Literal["day", "month", "week", "year"]
    """Specifies invoicing frequency. Either `day`, `week`, `month` or `year`."""

    interval_count: int
    """The number of intervals between invoices. For example, `interval=month` and
    `interval_count=3` bills every 3 months. Maximum of one year interval allowed (1
    year, 12 months, or 52 weeks).
    """


class SubscriptionSchedule(TypedDict):
    """The `subscription_schedule` object.

    A subscription schedule allows you to create and manage the lifecycle of a
    subscription by predefining expected changes.

    Related guide: [Subscription
    schedules](https://stripe.com/docs/billing/subscriptions/subscription-schedules)
    """

    application: NotRequired[str | Application | DeletedApplication | None]
    """ID of the Connect Application that created the schedule."""

    canceled_at: NotRequired[int | None]
    """Time at which the subscription schedule was canceled. Measured in seconds since
    the Unix epoch.
    """

    completed_at: NotRequired[int | None]
    """Time at which the subscription schedule was completed. Measured in seconds since
    the Unix epoch.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    current_phase: NotRequired[SubscriptionScheduleCurrentPhase | None]
    """Object representing the start and end dates for the current phase of the
    subscription schedule, if it is `active`.
    """

    customer: str | Customer | DeletedCustomer
    """ID of the customer who owns the subscription schedule."""

    default_settings: SubscriptionSchedulesResourceDefaultSettings
    end_behavior: Literal["cancel", "none", "release", "renew"]
    """Behavior of the subscription schedule and underlying subscription when it ends.
    Possible values are `release` or `cancel` with the default being `release`.
    `release` will end the subscription schedule and keep the underlying subscription
    running.`cancel` will end the subscription schedule and cancel the underlying
    subscription.
    """

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["subscription_schedule"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    phases: list[SubscriptionSchedulePhaseConfiguration]
    """Configuration for the subscription schedule's phases."""

    released_at: NotRequired[int | None]
    """Time at which the subscription schedule was released. Measured in seconds since
    the Unix epoch.
    """

    released_subscription: NotRequired[str | None]
    """ID of the subscription once managed by the subscription schedule (if it is
    released).
    """

    status: Literal["active", "canceled", "completed", "not_started", "released"]
    """The present status of the subscription schedule. Possible values are
    `not_started`, `active`, `completed`, `released`, and `canceled`. You can read
    more about the different states in our [behavior
    guide](https://stripe.com/docs/billing/subscriptions/subscription-schedules).
    """

    subscription: NotRequired[str | Subscription | None]
    """ID of the subscription managed by the subscription schedule."""

    test_clock: NotRequired[str | TestHelpersTestClock | None]
    """ID of the test clock this subscription schedule belongs to."""


class SubscriptionScheduleAddInvoiceItem(TypedDict):
    """The `subscription_schedule_add_invoice_item` object.

    An Add Invoice Item describes the prices and quantities that will be added as
    pending invoice items when entering a phase.
    """

    price: str | Price | DeletedPrice
    """ID of the price used to generate the invoice item."""

    quantity: NotRequired[int | None]
    """The quantity of the invoice item."""

    tax_rates: NotRequired[list[TaxRate] | None]
    """The tax rates which apply to the item. When set, the `default_tax_rates` do not
    apply to this item.
    """


class SubscriptionScheduleConfigurationItem(TypedDict):
    """The `subscription_schedule_configuration_item` object.

    A phase item describes the price and quantity of a phase.
    """

    billing_thresholds: NotRequired[SubscriptionItemBillingThresholds | None]
    """Define thresholds at which an invoice will be sent, and the related subscription
    advanced to a new billing period
    """

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an item. Metadata on this item will update the underlying subscription
    item's `metadata` when the phase is entered.
    """

    price: str | Price | DeletedPrice
    """ID of the price to which the customer should be subscribed."""

    quantity: NotRequired[int]
    """Quantity of the plan to which the customer should be subscribed."""

    tax_rates: NotRequired[list[TaxRate] | None]
    """The tax rates which apply to this `phase_item`. When set, the `default_tax_rates`
    on the phase do not apply to this `phase_item`.
    """


class SubscriptionScheduleCurrentPhase(TypedDict):
    """The `subscription_schedule_current_phase` object."""

    end_date: int
    """The end of this phase of the subscription schedule."""

    start_date: int
    """The start of this phase of the subscription schedule."""


class SubscriptionSchedulePhaseConfiguration(TypedDict):
    """The `subscription_schedule_phase_configuration` object.

    A phase describes the plans, coupon, and trialing status of a subscription for a
    predefined time period.
    """

    add_invoice_items: list[SubscriptionScheduleAddInvoiceItem]
    """A list of prices and quantities that will generate invoice items appended to the
    next invoice for this phase.
    """

    application_fee_percent: NotRequired[float | None]
    """A non-negative decimal between 0 and 100, with at most two decimal places. This
    represents the percentage of the subscription invoice total that will be
    transferred to the application owner's Stripe account during this phase of the
    schedule.
    """

    automatic_tax: NotRequired[SchedulesPhaseAutomaticTax]
    billing_cycle_anchor: NotRequired[Literal["automatic", "phase_start"] | None]
    """Possible values are `phase_start` or `automatic`. If `phase_start` then billing
    cycle anchor of the subscription is set to the start of the phase when entering
    the phase. If `automatic` then the billing cycle anchor is automatically modified
    as needed when entering the phase. For more information, see the billing cycle
    [documentation](https://stripe.com/docs/billing/subscriptions/billing-cycle).
    """

    billing_thresholds: NotRequired[SubscriptionBillingThresholds | None]
    """Define thresholds at which an invoice will be sent, and the subscription advanced
    to a new billing period
    """

    collection_method: NotRequired[
        Literal["charge_automatically", "send_invoice"] | None
    ]
    """Either `charge_automatically`, or `send_invoice`. When charging automatically,
    Stripe will attempt to pay the underlying subscription at the end of each billing
    cycle using the default source attached to the customer. When sending an invoice,
    Stripe will email your customer an invoice with payment instructions and mark the
    subscription as `active`.
    """

    coupon: NotRequired[str | Coupon | DeletedCoupon | None]
    """ID of the coupon to use during this phase of the subscription schedule."""

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    default_payment_method: NotRequired[str | PaymentMethod | None]
    """ID of the default payment method for the subscription schedule. It must belong to
    the customer associated with the subscription schedule. If not set, invoices will
    use the default payment method in the customer's invoice settings.
    """

    default_tax_rates: NotRequired[list[TaxRate] | None]
    """The default tax rates to apply to the subscription during this phase of the
    subscription schedule.
    """

    description: NotRequired[str | None]
    """Subscription description, meant to be displayable to the customer. Use this field
    to optionally store an explanation of the subscription.
    """

    end_date: int
    """The end of this phase of the subscription schedule."""

    invoice_settings: NotRequired[InvoiceSettingSubscriptionSchedulePhaseSetting | None]
    """The invoice settings applicable during this phase."""

    items: list[SubscriptionScheduleConfigurationItem]
    """Subscription items to configure the subscription to during this phase of the
    subscription schedule.
    """

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to a phase. Metadata on a schedule's phase will update the underlying
    subscription's `metadata` when the phase is entered. Updating the underlying
    subscription's `metadata` directly will not affect the current phase's
    `metadata`.
    """

    on_behalf_of: NotRequired[str | Account | None]
    """The account (if any) the charge was made on behalf of for charges associated with
    the schedule's subscription. See the Connect documentation for details.
    """

    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """If the subscription schedule will prorate when transitioning to this phase.
    Possible values are `create_prorations` and `none`.
    """

    start_date: int
    """The start of this phase of the subscription schedule."""

    transfer_data: NotRequired[SubscriptionTransferData | None]
    """The account (if any) the associated subscription's payments will be attributed to
    for tax reporting, and where funds from each payment will be transferred to for
    each of the subscription's invoices.
    """

    trial_end: NotRequired[int | None]
    """When the trial ends within the phase."""


class SubscriptionSchedulesResourceDefaultSettings(TypedDict):
    """The `subscription_schedules_resource_default_settings` object."""

    application_fee_percent: NotRequired[float | None]
    """A non-negative decimal between 0 and 100, with at most two decimal places. This
    represents the percentage of the subscription invoice total that will be
    transferred to the application owner's Stripe account during this phase of the
    schedule.
    """

    automatic_tax: NotRequired[SubscriptionSchedulesResourceDefaultSettingsAutomaticTax]
    billing_cycle_anchor: Literal["automatic", "phase_start"]
    """Possible values are `phase_start` or `automatic`. If `phase_start` then billing
    cycle anchor of the subscription is set to the start of the phase when entering
    the phase. If `automatic` then the billing cycle anchor is automatically modified
    as needed when entering the phase. For more information, see the billing cycle
    [documentation](https://stripe.com/docs/billing/subscriptions/billing-cycle).
    """

    billing_thresholds: NotRequired[SubscriptionBillingThresholds | None]
    """Define thresholds at which an invoice will be sent, and the subscription advanced
    to a new billing period
    """

    collection_method: NotRequired[
        Literal["charge_automatically", "send_invoice"] | None
    ]
    """Either `charge_automatically`, or `send_invoice`. When charging automatically,
    Stripe will attempt to pay the underlying subscription at the end of each billing
    cycle using the default source attached to the customer. When sending an invoice,
    Stripe will email your customer an invoice with payment instructions and mark the
    subscription as `active`.
    """

    default_payment_method: NotRequired[str | PaymentMethod | None]
    """ID of the default payment method for the subscription schedule. If not set,
    invoices will use the default payment method in the customer's invoice settings.
    """

    description: NotRequired[str | None]
    """Subscription description, meant to be displayable to the customer. Use this field
    to optionally store an explanation of the subscription.
    """

    invoice_settings: NotRequired[InvoiceSettingSubscriptionScheduleSetting | None]
    """The subscription schedule's default invoice settings."""

    on_behalf_of: NotRequired[str | Account | None]
    """The account (if any) the charge was made on behalf of for charges associated with
    the schedule's subscription. See the Connect documentation for details.
    """

    transfer_data: NotRequired[SubscriptionTransferData | None]
    """The account (if any) the associated subscription's payments will be attributed to
    for tax reporting, and where funds from each payment will be transferred to for
    each of the subscription's invoices.
    """


class SubscriptionSchedulesResourceDefaultSettingsAutomaticTax(TypedDict):
    """The `subscription_schedules_resource_default_settings_automatic_tax` object."""

    enabled: bool
    """Whether Stripe automatically computes tax on invoices created during this phase.
    """


class SubscriptionTransferData(TypedDict):
    """The `subscription_transfer_data` object."""

    amount_percent: NotRequired[float | None]
    """A non-negative decimal between 0 and 100, with at most two decimal places. This
    represents the percentage of the subscription invoice total that will be
    transferred to the destination account. By default, the entire amount is
    transferred to the destination.
    """

    destination: str | Account
    """The account where funds from the payment will be transferred to upon payment
    success.
    """


class SubscriptionsResourcePauseCollection(TypedDict):
    """The `subscriptions_resource_pause_collection` object.

    The Pause Collection settings determine how we will pause collection for this
    subscription and for how long the subscription should be paused.
    """

    behavior: Literal["keep_as_draft", "mark_uncollectible", "void"]
    """The payment collection behavior for this subscription while paused. One of
    `keep_as_draft`, `mark_uncollectible`, or `void`.
    """

    resumes_at: NotRequired[int | None]
    """The time after which the subscription will resume collecting payments."""


class SubscriptionsResourcePaymentMethodOptions(TypedDict):
    """The `subscriptions_resource_payment_method_options` object."""

    acss_debit: NotRequired[InvoicePaymentMethodOptionsAcssDebit | None]
    """This sub-hash contains details about the Canadian pre-authorized debit payment
    method options to pass to invoices created by the subscription.
    """

    bancontact: NotRequired[InvoicePaymentMethodOptionsBancontact | None]
    """This sub-hash contains details about the Bancontact payment method options to
    pass to invoices created by the subscription.
    """

    card: NotRequired[SubscriptionPaymentMethodOptionsCard | None]
    """This sub-hash contains details about the Card payment method options to pass to
    invoices created by the subscription.
    """

    customer_balance: NotRequired[InvoicePaymentMethodOptionsCustomerBalance | None]
    """This sub-hash contains details about the Bank transfer payment method options to
    pass to invoices created by the subscription.
    """

    konbini: NotRequired[InvoicePaymentMethodOptionsKonbini | None]
    """This sub-hash contains details about the Konbini payment method options to pass
    to invoices created by the subscription.
    """

    us_bank_account: NotRequired[InvoicePaymentMethodOptionsUsBankAccount | None]
    """This sub-hash contains details about the ACH direct debit payment method options
    to pass to invoices created by the subscription.
    """


class SubscriptionsResourcePaymentSettings(TypedDict):
    """The `subscriptions_resource_payment_settings` object."""

    payment_method_options: NotRequired[
        SubscriptionsResourcePaymentMethodOptions | None
    ]
    """Payment-method-specific configuration to provide to invoices created by the
    subscription.
    """

    payment_method_types: NotRequired[
        list[
            Literal[
                "ach_credit_transfer",
                "ach_debit",
                "acss_debit",
                "au_becs_debit",
                "bacs_debit",
                "bancontact",
                "boleto",
                "card",
                "cashapp",
                "customer_balance",
                "fpx",
                "giropay",
                "grabpay",
                "ideal",
                "konbini",
                "link",
                "paynow",
                "paypal",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
            ]
        ]
        | None
    ]
    """The list of payment method types to provide to every invoice created by the
    subscription. If not set, Stripe attempts to automatically determine the types to
    use by looking at the invoice’s default payment method, the subscription’s
    default payment method, the customer’s default payment method, and your [invoice
    template settings](https://dashboard.stripe.com/settings/billing/invoice).
    """

    save_default_payment_method: NotRequired[Literal["off", "on_subscription"] | None]
    """Either `off`, or `on_subscription`. With `on_subscription` Stripe updates
    `subscription.default_payment_method` when a subscription payment succeeds.
    """


class SubscriptionsResourcePendingUpdate(TypedDict):
    """The `subscriptions_resource_pending_update` object.

    Pending Updates store the changes pending from a previous update that will be
    applied to the Subscription upon successful payment.
    """

    billing_cycle_anchor: NotRequired[int | None]
    """If the update is applied, determines the date of the first full invoice, and, for
    plans with `month` or `year` intervals, the day of the month for subsequent
    invoices. The timestamp is in UTC format.
    """

    expires_at: int
    """The point after which the changes reflected by this update will be discarded and
    no longer applied.
    """

    subscription_items: NotRequired[list[SubscriptionItem] | None]
    """List of subscription items, each with an attached plan, that will be set if the
    update is applied.
    """

    trial_end: NotRequired[int | None]
    """Unix timestamp representing the end of the trial period the customer will get
    before being charged for the first time, if the update is applied.
    """

    trial_from_plan: NotRequired[bool | None]
    """Indicates if a plan's `trial_period_days` should be applied to the subscription.
    Setting `trial_end` per subscription is preferred, and this defaults to `false`.
    Setting this flag to `true` together with `trial_end` is not allowed. See [Using
    trial periods on
    subscriptions](https://stripe.com/docs/billing/subscriptions/trials) to learn
    more.
    """


class SubscriptionsTrialsResourceEndBehavior(TypedDict):
    """The `subscriptions_trials_resource_end_behavior` object.

    Defines how a subscription behaves when a free trial ends.
    """

    missing_payment_method: Literal["cancel", "create_invoice", "pause"]
    """Indicates how the subscription should change when the trial ends if the user did
    not provide a payment method.
    """


class SubscriptionsTrialsResourceTrialSettings(TypedDict):
    """The `subscriptions_trials_resource_trial_settings` object.

    Configures how this subscription behaves during the trial period.
    """

    end_behavior: SubscriptionsTrialsResourceEndBehavior


class TaxCode(TypedDict):
    """The `tax_code` object.

    [Tax codes](https://stripe.com/docs/tax/tax-categories) classify goods and
    services for tax purposes.
    """

    description: str
    """A detailed description of which types of products the tax code represents."""

    id: str
    """Unique identifier for the object."""

    name: str
    """A short name for the tax code."""

    object: Literal["tax_code"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """


class TaxDeductedAtSource(TypedDict):
    """The `tax_deducted_at_source` object."""

    id: str
    """Unique identifier for the object."""

    object: Literal["tax_deducted_at_source"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    period_end: int
    """The end of the invoicing period. This TDS applies to Stripe fees collected during
    this invoicing period.
    """

    period_start: int
    """The start of the invoicing period. This TDS applies to Stripe fees collected
    during this invoicing period.
    """

    tax_deduction_account_number: str
    """The TAN that was supplied to Stripe when TDS was assessed"""


class TaxId(TypedDict):
    """The `tax_id` object.

    You can add one or multiple tax IDs to a
    [customer](https://stripe.com/docs/api/customers). A customer's tax IDs are
    displayed on invoices and credit notes issued for the customer.

    Related guide: [Customer tax identification
    numbers](https://stripe.com/docs/billing/taxes/tax-ids)
    """

    country: NotRequired[str | None]
    """Two-letter ISO code representing the country of the tax ID."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    customer: NotRequired[str | Customer | None]
    """ID of the customer."""

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    object: Literal["tax_id"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    type: Literal[
        "ad_nrt",
        "ae_trn",
        "ar_cuit",
        "au_abn",
        "au_arn",
        "bg_uic",
        "bo_tin",
        "br_cnpj",
        "br_cpf",
        "ca_bn",
        "ca_gst_hst",
        "ca_pst_bc",
        "ca_pst_mb",
        "ca_pst_sk",
        "ca_qst",
        "ch_vat",
        "cl_tin",
        "cn_tin",
        "co_nit",
        "cr_tin",
        "do_rcn",
        "ec_ruc",
        "eg_tin",
        "es_cif",
        "eu_oss_vat",
        "eu_vat",
        "gb_vat",
        "ge_vat",
        "hk_br",
        "hu_tin",
        "id_npwp",
        "il_vat",
        "in_gst",
        "is_vat",
        "jp_cn",
        "jp_rn",
        "jp_trn",
        "ke_pin",
        "kr_brn",
        "li_uid",
        "mx_rfc",
        "my_frp",
        "my_itn",
        "my_sst",
        "no_vat",
        "nz_gst",
        "pe_ruc",
        "ph_tin",
        "ro_tin",
        "rs_pib",
        "ru_inn",
        "ru_kpp",
        "sa_vat",
        "sg_gst",
        "sg_uen",
        "si_tin",
        "sv_nit",
        "th_vat",
        "tr_tin",
        "tw_vat",
        "ua_vat",
        "unknown",
        "us_ein",
        "uy_ruc",
        "ve_rif",
        "vn_tin",
        "za_vat",
    ]
    """Type of the tax ID, one of `ad_nrt`, `ae_trn`, `ar_cuit`, `au_abn`, `au_arn`,
    `bg_uic`, `bo_tin`, `br_cnpj`, `br_cpf`, `ca_bn`, `ca_gst_hst`, `ca_pst_bc`,
    `ca_pst_mb`, `ca_pst_sk`, `ca_qst`, `ch_vat`, `cl_tin`, `cn_tin`, `co_nit`,
    `cr_tin`, `do_rcn`, `ec_ruc`, `eg_tin`, `es_cif`, `eu_oss_vat`, `eu_vat`,
    `gb_vat`, `ge_vat`, `hk_br`, `hu_tin`, `id_npwp`, `il_vat`, `in_gst`, `is_vat`,
    `jp_cn`, `jp_rn`, `jp_trn`, `ke_pin`, `kr_brn`, `li_uid`, `mx_rfc`, `my_frp`,
    `my_itn`, `my_sst`, `no_vat`, `nz_gst`, `pe_ruc`, `ph_tin`, `ro_tin`, `rs_pib`,
    `ru_inn`, `ru_kpp`, `sa_vat`, `sg_gst`, `sg_uen`, `si_tin`, `sv_nit`, `th_vat`,
    `tr_tin`, `tw_vat`, `ua_vat`, `us_ein`, `uy_ruc`, `ve_rif`, `vn_tin`, or
    `za_vat`. Note that some legacy tax IDs have type `unknown`
    """

    value: str
    """Value of the tax ID."""

    verification: NotRequired[TaxIdVerification | None]
    """Tax ID verification information."""


class TaxIdVerification(TypedDict):
    """The `tax_id_verification` object."""

    status: Literal["pending", "unavailable", "unverified", "verified"]
    """Verification status, one of `pending`, `verified`, `unverified`, or
    `unavailable`.
    """

    verified_address: NotRequired[str | None]
    """Verified address."""

    verified_name: NotRequired[str | None]
    """Verified name."""


class TaxRate(TypedDict):
    """The `tax_rate` object.

    Tax rates can be applied to
    [invoices](https://stripe.com/docs/billing/invoices/tax-rates),
    [subscriptions](https://stripe.com/docs/billing/subscriptions/taxes) and
    [Checkout
    Sessions](https://stripe.com/docs/payments/checkout/set-up-a-subscription#tax-rates)
    to collect tax.

    Related guide: [Tax rates](https://stripe.com/docs/billing/taxes/tax-rates)
    """

    active: bool
    """Defaults to `true`. When set to `false`, this tax rate cannot be used with new
    applications or Checkout Sessions, but will still work for subscriptions and
    invoices that already have it set.
    """

    country: NotRequired[str | None]
    """Two-letter country code ([ISO 3166-1
    alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    description: NotRequired[str | None]
    """An arbitrary string attached to the tax rate for your internal use only. It will
    not be visible to your customers.
    """

    display_name: str
    """The display name of the tax rates as it will appear to your customer on their
    receipt email, PDF, and the hosted invoice page.
    """

    effective_percentage: NotRequired[float | None]
    """Actual/effective tax rate percentage out of 100. For tax calculations with
    automatic_tax[enabled]=true, this percentage reflects the rate actually used to
    calculate tax based on the product's taxability and whether the user is
    registered to collect taxes in the corresponding jurisdiction.
    """

    id: str
    """Unique identifier for the object."""

    inclusive: bool
    """This specifies if the tax rate is inclusive or exclusive."""

    jurisdiction: NotRequired[str | None]
    """The jurisdiction for the tax rate. You can use this label field for tax reporting
    purposes. It also appears on your customer’s invoice.
    """

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["tax_rate"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    percentage: float
    """Tax rate percentage out of 100. For tax calculations with
    automatic_tax[enabled]=true, this percentage includes the statutory tax rate of
    non-taxable jurisdictions.
    """

    state: NotRequired[str | None]
    """[ISO 3166-2 subdivision code](https://en.wikipedia.org/wiki/ISO_3166-2:US),
    without country prefix. For example, "NY" for New York, United States.
    """

    tax_type: NotRequired[
        Literal[
            "amusement_tax",
            "communications_tax",
            "gst",
            "hst",
            "igst",
            "jct",
            "lease_tax",
            "pst",
            "qst",
            "rst",
            "sales_tax",
            "service_tax",
            "vat",
        ]
        | None
    ]
    """The high-level tax type, such as `vat` or `sales_tax`."""


class TestHelpersTestClock(TypedDict):
    """The `test_helpers.test_clock` object.

    A test clock enables deterministic control over objects in testmode. With a test
    clock, you can create objects at a frozen time in the past or future, and advance
    to a specific future time to observe webhooks and state changes. After the clock
    advances, you can either validate the current state of your scenario (and test
    your assumptions), change the current state of your scenario (and test more
    complex scenarios), or keep advancing forward in time.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    deletes_after: int
    """Time at which this clock is scheduled to auto delete."""

    frozen_time: int
    """Time at which all objects belonging to this clock are frozen."""

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    name: NotRequired[str | None]
    """The custom name supplied at creation."""

    object: Literal["test_helpers.test_clock"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    status: Literal["advancing", "internal_failure", "ready"]
    """The status of the Test Clock."""


class ThreeDSecureDetails(TypedDict):
    """The `three_d_secure_details` object."""

    authentication_flow: NotRequired[Literal["challenge", "frictionless"] | None]
    """For authenticated transactions: how the customer was authenticated by the issuing
    bank.
    """

    result: NotRequired[
        Literal[
            "attempt_acknowledged",
            "authenticated",
            "exempted",
            "failed",
            "not_supported",
            "processing_error",
        ]
        | None
    ]
    """Indicates the outcome of 3D Secure authentication."""

    result_reason: NotRequired[
        Literal[
            "abandoned",
            "bypassed",
            "canceled",
            "card_not_enrolled",
            "network_not_supported",
            "protocol_error",
            "rejected",
        ]
        | None
    ]
    """Additional information about why 3D Secure succeeded or failed based on the
    `result`.
    """

    version: NotRequired[Literal["1.0.2", "2.1.0", "2.2.0"] | None]
    """The version of 3D Secure that was used."""


class ThreeDSecureDetailsCharge(TypedDict):
    """The `three_d_secure_details_charge` object."""

    authentication_flow: NotRequired[Literal["challenge", "frictionless"] | None]
    """For authenticated transactions: how the customer was authenticated by the issuing
    bank.
    """

    result: NotRequired[
        Literal[
            "attempt_acknowledged",
            "authenticated",
            "exempted",
            "failed",
            "not_supported",
            "processing_error",
        ]
        | None
    ]
    """Indicates the outcome of 3D Secure authentication."""

    result_reason: NotRequired[
        Literal[
            "abandoned",
            "bypassed",
            "canceled",
            "card_not_enrolled",
            "network_not_supported",
            "protocol_error",
            "rejected",
        ]
        | None
    ]
    """Additional information about why 3D Secure succeeded or failed based on the
    `result`.
    """

    version: NotRequired[Literal["1.0.2", "2.1.0", "2.2.0"] | None]
    """The version of 3D Secure that was used."""


class ThreeDSecureUsage(TypedDict):
    """The `three_d_secure_usage` object."""

    supported: bool
    """Whether 3D Secure is supported on this card."""


class Topup(TypedDict):
    """The `topup` object.

    To top up your Stripe balance, you create a top-up object. You can retrieve
    individual top-ups, as well as list all top-ups. Top-ups are identified by a
    unique, random ID.

    Related guide: [Topping up your platform
    account](https://stripe.com/docs/connect/top-ups)
    """

    amount: int
    """Amount transferred."""

    balance_transaction: NotRequired[str | BalanceTransaction | None]
    """ID of the balance transaction that describes the impact of this top-up on your
    account balance. May not be specified depending on status of top-up.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    """

    expected_availability_date: NotRequired[int | None]
    """Date the funds are expected to arrive in your Stripe account for payouts. This
    factors in delays like weekends or bank holidays. May not be specified depending
    on status of top-up.
    """

    failure_code: NotRequired[str | None]
    """Error code explaining reason for top-up failure if available (see [the errors
    section](https://stripe.com/docs/api#errors) for a list of codes).
    """

    failure_message: NotRequired[str | None]
    """Message to user further explaining reason for top-up failure if available."""

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["topup"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    source: NotRequired[Source | None]
    """For most Stripe users, the source of every top-up is a bank account. This hash is
    then the [source object](https://stripe.com/docs/api#source_object) describing
    that bank account.
    """

    statement_descriptor: NotRequired[str | None]
    """Extra information about a top-up. This will appear on your source's bank
    statement. It must contain at least one letter.
    """

    status: Literal["canceled", "failed", "pending", "reversed", "succeeded"]
    """The status of the top-up is either `canceled`, `failed`, `pending`, `reversed`,
    or `succeeded`.
    """

    transfer_group: NotRequired[str | None]
    """A string that identifies this top-up as part of a group."""


class Transfer(TypedDict):
    """The `transfer` object.

    A `Transfer` object is created when you move funds between Stripe accounts as
    part of Connect.

    Before April 6, 2017, transfers also represented movement of funds from a Stripe
    account to a card or bank account. This behavior has since been split out into a
    [Payout](https://stripe.com/docs/api#payout_object) object, with corresponding
    payout endpoints. For more information, read about the [transfer/payout
    split](https://stripe.com/docs/transfer-payout-split).

    Related guide: [Creating separate charges and
    transfers](https://stripe.com/docs/connect/separate-charges-and-transfers)
    """

    amount: int
    """Amount in cents (or local equivalent) to be transferred."""

    amount_reversed: int
    """Amount in cents (or local equivalent) reversed (can be less than the amount
    attribute on the transfer if a partial reversal was issued).
    """

    balance_transaction: NotRequired[str | BalanceTransaction | None]
    """Balance transaction that describes the impact of this transfer on your account
    balance.
    """

    created: int
    """Time that this record of the transfer was first created."""

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    description: NotRequired[str | None]
    """An arbitrary string attached to the object. Often useful for displaying to users.
    """

    destination: NotRequired[str | Account | None]
    """ID of the Stripe account the transfer was sent to."""

    destination_payment: NotRequired[str | Charge]
    """If the destination is a Stripe account, this will be the ID of the payment that
    the destination account received for the transfer.
    """

    id: str
    """Unique identifier for the object."""

    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if
    the object exists in test mode.
    """

    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["transfer"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    reversals: TransferReversals
    """A list of reversals that have been applied to the transfer."""

    reversed: bool
    """Whether the transfer has been fully reversed. If the transfer is only partially
    reversed, this attribute will still be false.
    """

    source_transaction: NotRequired[str | Charge | None]
    """ID of the charge or payment that was used to fund the transfer. If null, the
    transfer was funded from the available balance.
    """

    source_type: NotRequired[str]
    """The source balance this transfer came from. One of `card`, `fpx`, or
    `bank_account`.
    """

    transfer_group: NotRequired[str | None]
    """A string that identifies this transaction as part of a group. See the [Connect
    documentation](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options)
    for details.
    """


class TransferData(TypedDict):
    """The `transfer_data` object."""

    amount: NotRequired[int]
    """Amount intended to be collected by this PaymentIntent. A positive integer
    representing how much to charge in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge
    $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is
    $0.50 US or [equivalent in charge
    currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts).
    The amount value supports up to eight digits (e.g., a value of 99999999 for a USD
    charge of $999,999.99).
    """

    destination: str | Account
    """The account (if any) the payment will be attributed to for tax reporting, and
    where funds from the payment will be transferred to upon payment success.
    """


class TransferReversal(TypedDict):
    """The `transfer_reversal` object.

    [Stripe Connect](https://stripe.com/docs/connect) platforms can reverse transfers
    made to a connected account, either entirely or partially, and can also specify
    whether to refund any related application fees. Transfer reversals add to the
    platform's balance and subtract from the destination account's balance.

    Reversing a transfer that was made for a [destination
    charge](/docs/connect/destination-charges) is allowed only up to the amount of
    the charge. It is possible to reverse a
    [transfer_group](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options)
    transfer only if the destination account has enough balance to cover the
    reversal.

    Related guide: [Reversing
    transfers](https://stripe.com/docs/connect/separate-charges-and-transfers#reversing-transfers)
    """

    amount: int
    """Amount, in cents (or local equivalent)."""

    balance_transaction: NotRequired[str | BalanceTransaction | None]
    """Balance transaction that describes the impact on your account balance."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch.
    """

    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """

    destination_payment_refund: NotRequired[str | Refund | None]
    """Linked payment refund for the transfer reversal."""

    id: str
    """Unique identifier for the object."""

    metadata: NotRequired[dict[str, str] | None]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format.
    """

    object: Literal["transfer_reversal"]
    """String representing the object's type. Objects of the same type share the same
    value.
    """

    source_refund: NotRequired[str | Refund | None]
    """ID of the refund responsible for the transfer reversal."""

    transfer: str | Transfer
    """ID of the transfer that was reversed."""


class TransferReversals(TypedDict):
    """The `transfer.reversals` object.

    A list of reversals that have been applied to the transfer.
    """

    data: list[TransferReversal]
    """Details about each object."""

    has_more: bool
    """True if this list has another page of items after this one that can be fetched.
    """

    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same
    value. Always has the value `list`.
    """

    url: str
    """The URL where this list can be accessed."""


class TransferSchedule(TypedDict):
    """The `transfer_schedule` object."""

    delay_days: int
    """The number of days charges for the account will be held before being paid out."""

    interval: str
    """How frequently funds will be paid out. One of `manual` (payouts only created via
    API call), `daily`, `weekly`, or `monthly`.
    """

    monthly_anchor: NotRequired[int]
    """The day of the month funds will be paid out. Only shown if `interval` is monthly.
    Payouts scheduled between the 29th and 31st of the month are sent on the last day
    of shorter months.
    """

    weekly_anchor: NotRequired[str]
    """The day of the week funds will be paid out, of the style 'monday', 'tuesday',
    etc. Only shown if `interval` is weekly.
    """


class TransformQuantity(TypedDict):
    """The `transform_quantity` object."""

    divide_by: int
    """Divide usage by this number."""

    round: Literal["down", "up"]
    """After division, either round the result `up` or `down`."""


class UsBankAccountNetworks(TypedDict):
    """The `us_bank_account_networks` object."""

    preferred: NotRequired[str | None]
    """The preferred network."""

    supported: list[Literal["ach", "us_domestic_wire"]]
    """All supported networks."""


OBJECT_TYPES: dict[tuple[str, bool], type] = {
    ("account", False): Account,
    ("application", False): Application,
    ("application_fee", False): ApplicationFee,
    ("balance_transaction", False): BalanceTransaction,
    ("bank_account", False): BankAccount,
    ("card", False): Card,
    ("cash_balance", False): CashBalance,
    ("charge", False): Charge,
    ("connect_collection_transfer", False): ConnectCollectionTransfer,
    ("coupon", False): Coupon,
    ("customer", False): Customer,
    ("customer_cash_balance_transaction", False): CustomerCashBalanceTransaction,
    ("application", True): DeletedApplication,
    ("bank_account", True): DeletedBankAccount,
    ("card", True): DeletedCard,
    ("coupon", True): DeletedCoupon,
    ("customer", True): DeletedCustomer,
    ("discount", True): DeletedDiscount,
    ("invoice", True): DeletedInvoice,
    ("price", True): DeletedPrice,
    ("product", True): DeletedProduct,
    ("tax_id", True): DeletedTaxId,
    ("discount", False): Discount,
    ("dispute", False): Dispute,
    ("fee_refund", False): FeeRefund,
    ("file", False): File,
    ("file_link", False): FileLink,
    ("invoice", False): Invoice,
    ("invoiceitem", False): Invoiceitem,
    ("issuing.authorization", False): IssuingAuthorization,
    ("issuing.card", False): IssuingCard,
    ("issuing.cardholder", False): IssuingCardholder,
    ("issuing.dispute", False): IssuingDispute,
    ("issuing.transaction", False): IssuingTransaction,
    ("item", False): Item,
    ("line_item", False): LineItem,
    ("mandate", False): Mandate,
    ("payment_intent", False): PaymentIntent,
    ("payment_method", False): PaymentMethod,
    ("payout", False): Payout,
    ("person", False): Person,
    ("platform_tax_fee", False): PlatformTaxFee,
    ("price", False): Price,
    ("product", False): Product,
    ("promotion_code", False): PromotionCode,
    ("quote", False): Quote,
    ("refund", False): Refund,
    ("reserve_transaction", False): ReserveTransaction,
    ("review", False): Review,
    ("setup_attempt", False): SetupAttempt,
    ("setup_intent", False): SetupIntent,
    ("shipping_rate", False): ShippingRate,
    ("source", False): Source,
    ("subscription", False): Subscription,
    ("subscription_item", False): SubscriptionItem,
    ("subscription_schedule", False): SubscriptionSchedule,
    ("tax_code", False): TaxCode,
    ("tax_deducted_at_source", False): TaxDeductedAtSource,
    ("tax_id", False): TaxId,
    ("tax_rate", False): TaxRate,
    ("test_helpers.test_clock", False): TestHelpersTestClock,
    ("topup", False): Topup,
    ("transfer", False): Transfer,
    ("transfer_reversal", False): TransferReversal,
}
"""Stripe objects by the value of their ``object`` field and whether ``deleted``."""


def object_type(value: object) -> type | None:
    """The TypedDict describing a returned object, chosen by ``object`` and ``deleted``.

    An expandable field holds an ID (a ``str``), the object, or a deleted stub of it;
    the stub carries ``deleted: true``, which is what tells the two apart.
    """
    if not isinstance(value, dict):
        return None
    return OBJECT_TYPES.get((str(value.get("object")), value.get("deleted") is True))
