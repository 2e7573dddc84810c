/** The words on the printed slip, per language; placeholders are filled by the slip template. */
export interface SlipText {
  title: string;
  forPerson: string;
  signInName: string;
  pass: string;
  validFrom: string;
  validUntil: string;
  oneTime: string;
  multiUse: string;
  stepsTitle: string;
  steps: [string, string, string, string];
  scanPass: string;
  scanRegister: string;
  keepPrivate: string;
  questions: string;
}

const en: SlipText = {
  title: 'Your Temporary Access Pass',
  forPerson: 'For',
  signInName: 'Sign-in name',
  pass: 'Temporary Access Pass',
  validFrom: 'Valid from',
  validUntil: 'Valid until',
  oneTime: 'This pass works for one sign-in. Register a passkey or Microsoft Authenticator within 10 minutes of signing in.',
  multiUse: 'This pass works for several sign-ins until it expires. Register a passkey or Microsoft Authenticator as soon as you can.',
  stepsTitle: 'Your first sign-in',
  steps: [
    'Open the security info page (scan the code on the right) or go to the address below.',
    'Sign in with your sign-in name.',
    'When asked, enter the Temporary Access Pass instead of a password.',
    'Follow the steps to add Microsoft Authenticator or a passkey.',
  ],
  scanPass: 'The pass',
  scanRegister: 'Register your sign-in methods',
  keepPrivate: 'Keep this slip to yourself and destroy it once you have signed in.',
  questions: 'Questions? Contact',
};

const de: SlipText = {
  title: 'Ihr befristeter Zugriffspass',
  forPerson: 'Für',
  signInName: 'Anmeldename',
  pass: 'Befristeter Zugriffspass (TAP)',
  validFrom: 'Gültig ab',
  validUntil: 'Gültig bis',
  oneTime: 'Dieser Pass gilt für eine Anmeldung. Richten Sie innerhalb von 10 Minuten nach der Anmeldung einen Passkey oder Microsoft Authenticator ein.',
  multiUse: 'Dieser Pass gilt bis zum Ablauf für mehrere Anmeldungen. Richten Sie so bald wie möglich einen Passkey oder Microsoft Authenticator ein.',
  stepsTitle: 'Ihre erste Anmeldung',
  steps: [
    'Öffnen Sie die Seite „Sicherheitsinformationen“ (Code rechts scannen) oder die Adresse unten.',
    'Melden Sie sich mit Ihrem Anmeldenamen an.',
    'Geben Sie auf Nachfrage statt eines Kennworts den befristeten Zugriffspass ein.',
    'Folgen Sie den Schritten, um Microsoft Authenticator oder einen Passkey hinzuzufügen.',
  ],
  scanPass: 'Der Pass',
  scanRegister: 'Anmeldemethoden einrichten',
  keepPrivate: 'Geben Sie diesen Zettel nicht weiter und vernichten Sie ihn nach der Anmeldung.',
  questions: 'Fragen? Wenden Sie sich an',
};

const fr: SlipText = {
  title: "Votre passe d'accès temporaire",
  forPerson: 'Pour',
  signInName: 'Identifiant de connexion',
  pass: "Passe d'accès temporaire (TAP)",
  validFrom: 'Valable à partir du',
  validUntil: "Valable jusqu'au",
  oneTime: 'Ce passe ne sert qu’à une seule connexion. Enregistrez une clé d’accès ou Microsoft Authenticator dans les 10 minutes suivant la connexion.',
  multiUse: 'Ce passe sert à plusieurs connexions jusqu’à son expiration. Enregistrez une clé d’accès ou Microsoft Authenticator dès que possible.',
  stepsTitle: 'Votre première connexion',
  steps: [
    'Ouvrez la page « Informations de sécurité » (scannez le code à droite) ou l’adresse ci-dessous.',
    'Connectez-vous avec votre identifiant.',
    'Lorsque cela vous est demandé, saisissez le passe d’accès temporaire au lieu d’un mot de passe.',
    'Suivez les étapes pour ajouter Microsoft Authenticator ou une clé d’accès.',
  ],
  scanPass: 'Le passe',
  scanRegister: 'Enregistrer vos méthodes de connexion',
  keepPrivate: 'Gardez ce document pour vous et détruisez-le après votre connexion.',
  questions: 'Des questions ? Contactez',
};

const pt: SlipText = {
  title: 'Seu Passe de Acesso Temporário',
  forPerson: 'Para',
  signInName: 'Nome de entrada',
  pass: 'Passe de Acesso Temporário (TAP)',
  validFrom: 'Válido a partir de',
  validUntil: 'Válido até',
  oneTime: 'Este passe vale para uma única entrada. Registre uma chave de acesso ou o Microsoft Authenticator em até 10 minutos após entrar.',
  multiUse: 'Este passe vale para várias entradas até expirar. Registre uma chave de acesso ou o Microsoft Authenticator assim que puder.',
  stepsTitle: 'Sua primeira entrada',
  steps: [
    'Abra a página de informações de segurança (escaneie o código à direita) ou o endereço abaixo.',
    'Entre com seu nome de entrada.',
    'Quando solicitado, digite o Passe de Acesso Temporário em vez de uma senha.',
    'Siga as etapas para adicionar o Microsoft Authenticator ou uma chave de acesso.',
  ],
  scanPass: 'O passe',
  scanRegister: 'Registrar seus métodos de entrada',
  keepPrivate: 'Guarde este papel só para você e destrua-o depois de entrar.',
  questions: 'Dúvidas? Fale com',
};

const ja: SlipText = {
  title: '一時アクセス パス',
  forPerson: '対象者',
  signInName: 'サインイン名',
  pass: '一時アクセス パス (TAP)',
  validFrom: '有効開始',
  validUntil: '有効期限',
  oneTime: 'このパスは 1 回のサインインにのみ使用できます。サインイン後 10 分以内にパスキーまたは Microsoft Authenticator を登録してください。',
  multiUse: 'このパスは有効期限まで複数回のサインインに使用できます。できるだけ早くパスキーまたは Microsoft Authenticator を登録してください。',
  stepsTitle: '初回サインインの手順',
  steps: [
    'セキュリティ情報ページを開きます (右のコードを読み取るか、下のアドレスにアクセス)。',
    'サインイン名でサインインします。',
    'パスワードの代わりに一時アクセス パスを入力します。',
    '画面の指示に従って Microsoft Authenticator またはパスキーを追加します。',
  ],
  scanPass: 'パス',
  scanRegister: 'サインイン方法の登録',
  keepPrivate: 'この用紙は他人に見せず、サインイン後は破棄してください。',
  questions: 'お問い合わせ先',
};

const texts: Record<string, SlipText> = { en, de, fr, pt, ja };

/** The languages the slip is written in; English first, as the one every other choice falls back to. */
export const slipLanguages: readonly string[] = Object.keys(texts);

const slipLanguageOf = (tag: string): string | undefined => {
  const lower = tag.toLowerCase();
  return slipLanguages.find((language) => language === lower) ?? slipLanguages.find((language) => language === lower.split('-')[0]);
};

/** The first candidate the slip exists in (`de-AT` → `de`), else English. */
export const slipLanguage = (candidates: readonly string[]): string =>
  candidates.map(slipLanguageOf).find((language) => language !== undefined) ?? 'en';

export const slipText = (language: string): SlipText => texts[slipLanguageOf(language) ?? 'en'] ?? en;
