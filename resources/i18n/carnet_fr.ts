<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutCard</name>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Carnet, version %1</source>
        <translation>Carnet, version %1</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Account address</source>
        <translation>Adresse du compte</translation>
    </message>
    <message>
        <source>Address copied</source>
        <translation>Adresse copiée</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>Your address is public: it names your wallet on the network and reveals nothing secret.</source>
        <translation>Votre adresse est publique&#xa0;: elle désigne votre portefeuille sur le réseau et ne révèle rien de secret.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).</translation>
    </message>
</context>
<context>
    <name>AppearanceChoices</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <source>These choices are kept on this device only.</source>
        <translation>Ces choix sont conservés uniquement sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>ChangePassphrasePage</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer de phrase secrète</translation>
    </message>
    <message>
        <source>Your recovery phrase and your record stay the same; only the passphrase that opens this wallet on this device changes.</source>
        <translation>Votre phrase de récupération et votre dossier restent les mêmes&#xa0;; seule change la phrase secrète qui ouvre ce portefeuille sur cet appareil.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Phrase secrète changée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Changement de la phrase secrète</translation>
    </message>
    <message>
        <source>Changing the passphrase… This takes a few seconds.</source>
        <translation>Changement de la phrase secrète… Cela prend quelques secondes.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Carnet: %1</source>
        <translation>Carnet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the wallet now; the passphrase is needed to open it again</source>
        <translation>Verrouiller le portefeuille maintenant&#xa0;; la phrase secrète sera nécessaire pour le rouvrir</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Main sections</source>
        <translation>Sections principales</translation>
    </message>
</context>
<context>
    <name>NotYetAvailablePage</name>
    <message>
        <source>Create a wallet</source>
        <translation>Créer un portefeuille</translation>
    </message>
    <message>
        <source>Restore from recovery phrase</source>
        <translation>Restaurer avec la phrase de récupération</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Pas encore disponible</translation>
    </message>
    <message>
        <source>Creating a wallet arrives in the next version of Carnet.</source>
        <translation>La création d’un portefeuille arrive dans la prochaine version de Carnet.</translation>
    </message>
    <message>
        <source>Restoring a wallet from its recovery phrase arrives in the next version of Carnet.</source>
        <translation>La restauration d’un portefeuille à partir de sa phrase de récupération arrive dans la prochaine version de Carnet.</translation>
    </message>
    <message>
        <source>Nothing has been created or stored on this device.</source>
        <translation>Rien n’a été créé ni enregistré sur cet appareil.</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Retour à l’accueil</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to Carnet</source>
        <translation>Bienvenue dans Carnet</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Your health record, held by you.</source>
        <translation>Votre dossier de santé, entre vos mains.</translation>
    </message>
    <message>
        <source>Start a new wallet, or bring back one you already have with its recovery phrase.</source>
        <translation>Créez un nouveau portefeuille, ou retrouvez celui que vous avez déjà grâce à sa phrase de récupération.</translation>
    </message>
    <message>
        <source>Create a wallet</source>
        <translation>Créer un portefeuille</translation>
    </message>
    <message>
        <source>Start a new wallet on this device</source>
        <translation>Créer un nouveau portefeuille sur cet appareil</translation>
    </message>
    <message>
        <source>Restore from recovery phrase</source>
        <translation>Restaurer avec la phrase de récupération</translation>
    </message>
    <message>
        <source>Bring back an existing wallet with its recovery phrase</source>
        <translation>Retrouver un portefeuille existant grâce à sa phrase de récupération</translation>
    </message>
    <message>
        <source>Preview: wallets arrive in the next version</source>
        <translation>Aperçu&#xa0;: les portefeuilles arrivent dans la prochaine version</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>PassphraseEntry</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
</context>
<context>
    <name>QuickUnlockRow</name>
    <message>
        <source>Quick unlock</source>
        <translation>Déverrouillage rapide</translation>
    </message>
    <message>
        <source>Opens the wallet without typing your passphrase, with a key kept in the system keyring of this device. Anyone who can use your session on this device could then open it.</source>
        <translation>Ouvre le portefeuille sans saisir votre phrase secrète, grâce à une clé conservée dans le trousseau du système de cet appareil. Toute personne qui peut utiliser votre session sur cet appareil pourrait alors l’ouvrir.</translation>
    </message>
    <message>
        <source>Turn on quick unlock</source>
        <translation>Activer le déverrouillage rapide</translation>
    </message>
    <message>
        <source>Enter your passphrase to keep a key to this wallet in the system keyring.</source>
        <translation>Saisissez votre phrase secrète pour conserver une clé de ce portefeuille dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Vérification de la phrase secrète</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>No entries yet</source>
        <translation>Aucune entrée pour l’instant</translation>
    </message>
    <message>
        <source>Your health record will appear here: entries your providers publish, verified and decrypted on this device. Connecting providers and syncing come in a coming version.</source>
        <translation>Votre dossier de santé apparaîtra ici&#xa0;: les entrées publiées par vos soignants, vérifiées et déchiffrées sur cet appareil. La connexion aux soignants et la synchronisation arrivent dans une prochaine version.</translation>
    </message>
</context>
<context>
    <name>ResearchPage</name>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>No studies yet</source>
        <translation>Aucune étude pour l’instant</translation>
    </message>
    <message>
        <source>Paid research studies will appear here. If you join one, it sees only what you agree to, under a pseudonym made for that study alone, never your name or your account. Research comes in a coming version.</source>
        <translation>Les études de recherche rémunérées apparaîtront ici. Si vous participez à l’une d’elles, elle ne voit que ce que vous acceptez, sous un pseudonyme créé pour cette seule étude, jamais votre nom ni votre compte. La recherche arrive dans une prochaine version.</translation>
    </message>
</context>
<context>
    <name>RevealPhrasePage</name>
    <message>
        <source>Recovery phrase</source>
        <translation>Phrase de récupération</translation>
    </message>
    <message>
        <source>Anyone who sees these words can take your wallet and read your record. Make sure no one is watching. Carnet will never ask you to type them anywhere except when restoring a wallet.</source>
        <translation>Quiconque voit ces mots peut s’emparer de votre portefeuille et lire votre dossier. Assurez-vous que personne ne regarde. Carnet ne vous demandera jamais de les saisir ailleurs que pour restaurer un portefeuille.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Vérification de la phrase secrète</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>Show recovery phrase</source>
        <translation>Afficher la phrase de récupération</translation>
    </message>
    <message>
        <source>Your recovery phrase, shown on screen</source>
        <translation>Votre phrase de récupération, affichée à l’écran</translation>
    </message>
    <message>
        <source>Hidden while Carnet is in the background.</source>
        <translation>Masquée tant que Carnet est en arrière-plan.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the recovery phrase</source>
        <translation>Masquer la phrase de récupération</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Auto-lock after</source>
        <translation>Verrouillage automatique après</translation>
    </message>
    <message>
        <source>Carnet locks itself after this long without use, and at once when it goes to the background.</source>
        <translation>Carnet se verrouille après ce délai sans utilisation, et aussitôt qu’il passe en arrière-plan.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer de phrase secrète</translation>
    </message>
    <message>
        <source>Your recovery phrase and your record stay the same.</source>
        <translation>Votre phrase de récupération et votre dossier restent les mêmes.</translation>
    </message>
    <message>
        <source>Show recovery phrase</source>
        <translation>Afficher la phrase de récupération</translation>
    </message>
    <message>
        <source>Asks for your passphrase first.</source>
        <translation>Demande d’abord votre phrase secrète.</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Your passphrase is needed to open the wallet again.</source>
        <translation>Votre phrase secrète sera nécessaire pour rouvrir le portefeuille.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>auto-lock delay in minutes</comment>
        <translation>%1&#xa0;min</translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Nothing shared</source>
        <translation>Rien de partagé</translation>
    </message>
    <message>
        <source>Here you will share your record with a doctor by showing a QR code: only the parts you choose, for a time you set, revocable at any moment, with a log of every access. Sharing comes in a coming version.</source>
        <translation>Ici, vous partagerez votre dossier avec un médecin en montrant un code QR&#xa0;: seulement les parties que vous choisissez, pour la durée que vous fixez, révocable à tout moment, avec un journal de chaque accès. Le partage arrive dans une prochaine version.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Solidité de la phrase secrète&#xa0;: %1</translation>
    </message>
</context>
</TS>
