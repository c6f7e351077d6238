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
    <name>Categories</name>
    <message>
        <source>Lab</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Pathologies</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Vaccinations</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Comptes rendus</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>CategoryChips</name>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
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
    <name>ChartPage</name>
    <message>
        <source>Reference ranges</source>
        <translation>Intervalles de référence</translation>
    </message>
    <message>
        <source>Reference range %1</source>
        <translation>Intervalle de référence %1</translation>
    </message>
    <message>
        <source>Outside the range</source>
        <translation>Hors de l’intervalle</translation>
    </message>
    <message>
        <source>Chart of %1, %2 values</source>
        <translation>Graphique de %1, %2 valeurs</translation>
    </message>
    <message>
        <source>Tap a point to see its value and date.</source>
        <translation>Touchez un point pour voir sa valeur et sa date.</translation>
    </message>
    <message>
        <source>Outside the reference range</source>
        <translation>Hors de l’intervalle de référence</translation>
    </message>
    <message>
        <source>No values to chart.</source>
        <translation>Aucune valeur à afficher.</translation>
    </message>
</context>
<context>
    <name>CreateWalletPage</name>
    <message>
        <source>Create a wallet</source>
        <translation>Créer un portefeuille</translation>
    </message>
</context>
<context>
    <name>CreatingStep</name>
    <message>
        <source>Protecting your wallet</source>
        <translation>Protection de votre portefeuille</translation>
    </message>
    <message>
        <source>Protecting your wallet… this takes a second.</source>
        <translation>Protection de votre portefeuille… cela prend une seconde.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Refused entry</source>
        <translation>Entrée refusée</translation>
    </message>
    <message>
        <source>Outside the reference range</source>
        <translation>Hors de l’intervalle de référence</translation>
    </message>
    <message>
        <source>This entry was refused and is not shown: %1</source>
        <translation>Cette entrée a été refusée et n’est pas affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show trend</source>
        <translation>Voir l’évolution</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hide raw JSON</source>
        <translation>Masquer le JSON brut</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>Afficher le JSON brut</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>This entry is not in the vault.</source>
        <translation>Cette entrée n’est pas dans le coffre.</translation>
    </message>
</context>
<context>
    <name>FhirField</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Site anatomique</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Clinical status</source>
        <translation>Statut clinique</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Administré</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Administré par</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Numéro de lot</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Missing value</source>
        <translation>Valeur manquante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Exécutant</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Protects against</source>
        <translation>Protège contre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Soignant</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation>Intervalle de référence</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Vu par</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>outside the reference range</source>
        <translation>hors de l’intervalle de référence</translation>
    </message>
</context>
<context>
    <name>ForgotPassphrasePage</name>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Phrase secrète oubliée ?</translation>
    </message>
    <message>
        <source>Nobody can reset your passphrase: it is what encrypts the wallet on this device. Your recovery phrase can bring the wallet back with a new passphrase.</source>
        <translation>Personne ne peut réinitialiser votre phrase secrète : c’est elle qui chiffre le portefeuille sur cet appareil. Votre phrase de récupération peut rétablir le portefeuille avec une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Carnet never deletes or overwrites a wallet by itself. To restore on this device, close Carnet, move this folder somewhere else (keep it until the restored wallet works), then open Carnet again and choose “Restore from recovery phrase”:</source>
        <translation>Carnet ne supprime ni ne remplace jamais un portefeuille de lui-même. Pour restaurer sur cet appareil, fermez Carnet, déplacez ce dossier ailleurs (gardez-le jusqu’à ce que le portefeuille restauré fonctionne), puis rouvrez Carnet et choisissez « Restaurer avec la phrase de récupération » :</translation>
    </message>
    <message>
        <source>Wallet folder</source>
        <translation>Dossier du portefeuille</translation>
    </message>
    <message>
        <source>Back to unlock</source>
        <translation>Retour au déverrouillage</translation>
    </message>
    <message>
        <source>Restoring on this device</source>
        <translation>Restaurer sur cet appareil</translation>
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
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
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
    <name>PassphraseStep</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>Your passphrase opens Carnet on this device. Your records are encrypted with it, so nobody, not even Carnet, can reset it for you. If you forget it, your recovery phrase (next step) brings the wallet back.</source>
        <translation>Votre phrase secrète ouvre Carnet sur cet appareil. Votre dossier est chiffré avec elle : personne, pas même Carnet, ne peut la réinitialiser. Si vous l’oubliez, votre phrase de récupération (étape suivante) rétablit le portefeuille.</translation>
    </message>
    <message>
        <source>Your passphrase is kept for this wallet. Type a new one to change it.</source>
        <translation>Votre phrase secrète est retenue pour ce portefeuille. Tapez-en une autre pour la changer.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>PhraseStep</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>Votre phrase de récupération</translation>
    </message>
    <message>
        <source>Write these %1 words on paper, in order. Anyone with them can open your record, so keep the paper safe and never type the words into a website or a message. Carnet shows them only now.</source>
        <translation>Écrivez ces %1 mots sur papier, dans l’ordre. Quiconque les a peut ouvrir votre dossier : gardez le papier en lieu sûr et ne tapez jamais ces mots sur un site web ou dans un message. Carnet ne les montre que maintenant.</translation>
    </message>
    <message>
        <source>Your recovery phrase, %1 words</source>
        <translation>Votre phrase de récupération, %1 mots</translation>
    </message>
    <message>
        <source>Hidden while Carnet is in the background.</source>
        <translation>Masquée tant que Carnet est en arrière-plan.</translation>
    </message>
    <message>
        <source>I have written them down, in order</source>
        <translation>Je les ai écrits, dans l’ordre</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ProgressDots</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ProvenanceCard</name>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Patient-reported: added by you, not by a provider</source>
        <translation>Déclaré par le patient&#xa0;: ajouté par vous, pas par un soignant</translation>
    </message>
    <message>
        <source>Verified on this device on %1</source>
        <translation>Vérifiée sur cet appareil le %1</translation>
    </message>
    <message>
        <source>Verified on this device</source>
        <translation>Vérifiée sur cet appareil</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Unknown provider</source>
        <translation>Soignant inconnu</translation>
    </message>
    <message>
        <source>Author address</source>
        <translation>Adresse de l’auteur</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licensed at block %1</source>
        <translation>Licence valide au bloc %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Unnamed record</source>
        <translation>Dossier sans nom</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Numéro d’ordre</translation>
    </message>
    <message>
        <source>Sealed hash</source>
        <translation>Empreinte scellée</translation>
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
    <name>QuizStep</name>
    <message>
        <source>Check your paper</source>
        <translation>Vérifiez votre papier</translation>
    </message>
    <message>
        <source>Type these words from your paper. This makes sure the phrase was written down correctly before your wallet depends on it.</source>
        <translation>Tapez ces mots d’après votre papier. Cela vérifie que la phrase a été bien écrite avant que votre portefeuille en dépende.</translation>
    </message>
    <message>
        <source>Check and create my wallet</source>
        <translation>Vérifier et créer mon portefeuille</translation>
    </message>
</context>
<context>
    <name>QuizWordField</name>
    <message>
        <source>Word %1</source>
        <translation>Mot %1</translation>
    </message>
    <message>
        <source>This is not word %1. Look at your paper again.</source>
        <translation>Ce n’est pas le mot %1. Regardez à nouveau votre papier.</translation>
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
        <source>Search title or provider</source>
        <translation>Rechercher un titre ou un soignant</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>Rechercher dans le dossier</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Évolutions</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <source>Connect a provider</source>
        <translation>Connecter un soignant</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Your health record will appear here: entries your providers publish, verified and decrypted on this device. Connect a provider, then sync.</source>
        <translation>Votre dossier de santé apparaîtra ici&#xa0;: les entrées que vos soignants publient, vérifiées et déchiffrées sur cet appareil. Connectez un soignant, puis synchronisez.</translation>
    </message>
    <message>
        <source>No matching entries</source>
        <translation>Aucune entrée correspondante</translation>
    </message>
    <message>
        <source>No entry matches the search and the categories chosen. Clear them to see the whole record.</source>
        <translation>Aucune entrée ne correspond à la recherche et aux catégories choisies. Effacez-les pour voir tout le dossier.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>RestoreWalletPage</name>
    <message>
        <source>Restore from recovery phrase</source>
        <translation>Restaurer avec la phrase de récupération</translation>
    </message>
    <message>
        <source>Type your recovery phrase</source>
        <translation>Tapez votre phrase de récupération</translation>
    </message>
    <message>
        <source>The 12 to 24 words you wrote down, in order, separated by spaces or new lines. English and French phrases are accepted.</source>
        <translation>Les 12 à 24 mots que vous avez écrits, dans l’ordre, séparés par des espaces ou des retours à la ligne. Les phrases en anglais et en français sont acceptées.</translation>
    </message>
    <message>
        <source>word1 word2 word3 …</source>
        <translation>mot1 mot2 mot3 …</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Phrase de récupération</translation>
    </message>
    <message>
        <source>A valid recovery phrase</source>
        <translation>Une phrase de récupération valide</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisissez une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>It opens Carnet on this device. It does not need to be the passphrase you had before.</source>
        <translation>Elle ouvre Carnet sur cet appareil. Elle peut être différente de celle que vous aviez avant.</translation>
    </message>
    <message>
        <source>Restoring your wallet</source>
        <translation>Restauration de votre portefeuille</translation>
    </message>
    <message>
        <source>Protecting your wallet… this takes a second.</source>
        <translation>Protection de votre portefeuille… cela prend une seconde.</translation>
    </message>
    <message>
        <source>Restore my wallet</source>
        <translation>Restaurer mon portefeuille</translation>
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
    <message>
        <source>Show a doctor a QR code to share only the parts of your record you choose, for a time you set. You can revoke it at any moment, and every read is logged.</source>
        <translation>Montrez un QR code à un médecin pour partager seulement les parties de votre dossier que vous choisissez, pour la durée que vous fixez. Vous pouvez le révoquer à tout moment, et chaque consultation est tracée.</translation>
    </message>
    <message>
        <source>New share</source>
        <translation>Nouveau partage</translation>
    </message>
    <message>
        <source>Checking your shares with the network</source>
        <translation>Vérification de vos partages auprès du réseau</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Your shares</source>
        <translation>Vos partages</translation>
    </message>
    <message>
        <source>Nothing shared yet. Tap New share, choose what and for how long, and show the doctor the QR code.</source>
        <translation>Rien de partagé pour l’instant. Touchez Nouveau partage, choisissez quoi et pour combien de temps, et montrez le QR code au médecin.</translation>
    </message>
    <message>
        <source>Reading your shares…</source>
        <translation>Lecture de vos partages…</translation>
    </message>
    <message>
        <source>Revoke the share for %1? From the next block nobody can open it any more. What was already read cannot be un-shared.</source>
        <translation>Révoquer le partage pour %1&#xa0;? Dès le bloc suivant, plus personne ne pourra l’ouvrir. Ce qui a déjà été consulté ne peut pas être « dé-partagé ».</translation>
    </message>
    <message>
        <source>Who read your record</source>
        <translation>Qui a consulté votre dossier</translation>
    </message>
    <message>
        <source>No one has read your record yet. Each time a clinician opens a share, it is listed here: who, when and under which share, never the values.</source>
        <translation>Personne n’a encore consulté votre dossier. Chaque fois qu’un soignant ouvre un partage, c’est noté ici&#xa0;: qui, quand et par quel partage, jamais les valeurs.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Solidité de la phrase secrète&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <source>Patient-reported</source>
        <translation>Déclaré par le patient</translation>
    </message>
    <message>
        <source>Unknown provider</source>
        <translation>Soignant inconnu</translation>
    </message>
    <message>
        <source>Refused entry: %1</source>
        <translation>Entrée refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outside the reference range</source>
        <translation>Hors de l’intervalle de référence</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>Entrée refusée</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>Non affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outside range</source>
        <translation>Hors normes</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>Évolutions</translation>
    </message>
    <message>
        <source>%1 on %2 · %3 values</source>
        <extracomment>A trend&apos;s latest value, its date, and how many values it has: &quot;6.4 % on 23/11/2026 · 12 values&quot;</extracomment>
        <translation>%1 le %2 · %3 valeurs</translation>
    </message>
    <message>
        <source>No trends yet</source>
        <translation>Aucune évolution pour l’instant</translation>
    </message>
    <message>
        <source>A trend appears once a lab value or a vital sign has been measured at least twice.</source>
        <translation>Une évolution apparaît dès qu’une analyse ou une constante a été mesurée au moins deux fois.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock Carnet</source>
        <translation>Déverrouiller Carnet</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <source>Your wallet is locked</source>
        <translation>Votre portefeuille est verrouillé</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Try again in %1 s</source>
        <translation>Réessayez dans %1 s</translation>
    </message>
    <message>
        <source>Use quick unlock</source>
        <translation>Utiliser le déverrouillage rapide</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Restore from your recovery phrase</source>
        <translation>Phrase secrète oubliée ? Restaurer avec votre phrase de récupération</translation>
    </message>
</context>
<context>
    <name>carnet::qml::ChangePassphraseViewModel</name>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Tapez votre phrase secrète actuelle.</translation>
    </message>
</context>
<context>
    <name>carnet::qml::CreateWalletViewModel</name>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>Write down your recovery phrase and check it first.</source>
        <translation>Écrivez d’abord votre phrase de récupération et vérifiez-la.</translation>
    </message>
</context>
<context>
    <name>carnet::qml::PassphraseRatingViewModel</name>
    <message>
        <source>Too short</source>
        <translation>Trop courte</translation>
    </message>
    <message>
        <source>Too easy to guess</source>
        <translation>Trop facile à deviner</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are strong and easy to remember.</source>
        <translation>Au moins %1 caractères. Quelques mots sans rapport entre eux sont solides et faciles à retenir.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Avoid names, dates and common words. Add another unrelated word.</source>
        <translation>Évitez les noms, les dates et les mots courants. Ajoutez un autre mot sans rapport.</translation>
    </message>
    <message>
        <source>Good enough. One more word makes it stronger.</source>
        <translation>Suffisante. Un mot de plus la rend plus solide.</translation>
    </message>
    <message>
        <source>Hard to guess. Make sure you will remember it.</source>
        <translation>Difficile à deviner. Assurez-vous de vous en souvenir.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Add another unrelated word.</source>
        <translation>Cette phrase secrète est trop facile à deviner. Ajoutez un autre mot sans rapport.</translation>
    </message>
</context>
<context>
    <name>carnet::qml::RestoreWalletViewModel</name>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words. This one has %1.</source>
        <translation>Une phrase de récupération a 12, 15, 18, 21 ou 24 mots. Celle-ci en a %1.</translation>
    </message>
    <message>
        <source>Word %1 is not in the English or French word list.</source>
        <translation>Le mot %1 n’est pas dans la liste de mots anglaise ou française.</translation>
    </message>
    <message>
        <source>The words mix the English and French lists. Use the words of one language.</source>
        <translation>Les mots mélangent les listes anglaise et française. Utilisez les mots d’une seule langue.</translation>
    </message>
    <message>
        <source>Every word is known, but together they are not a valid phrase. Check their order and spelling.</source>
        <translation>Chaque mot est connu, mais ensemble ils ne forment pas une phrase valide. Vérifiez leur ordre et leur orthographe.</translation>
    </message>
    <message>
        <source>This text cannot be read as a recovery phrase.</source>
        <translation>Ce texte ne peut pas être lu comme une phrase de récupération.</translation>
    </message>
    <message>
        <source>Type your recovery phrase.</source>
        <translation>Tapez votre phrase de récupération.</translation>
    </message>
</context>
<context>
    <name>carnet::qml::RevealPhraseViewModel</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>carnet::qml::TrendViewModel</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>A chart point: &quot;6.4 % on 23/11/2026&quot;</extracomment>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>carnet::qml::UnlockViewModel</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Wait until the countdown ends, then try again.</source>
        <translation>Trop de phrases secrètes erronées. Attendez la fin du compte à rebours, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>carnet::qml::WalletSession</name>
    <message>
        <source>Wrong passphrase. Check it and try again.</source>
        <translation>Phrase secrète incorrecte. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>This wallet is damaged and cannot be opened. Nothing was changed. Your recovery phrase can bring it back.</source>
        <translation>Ce portefeuille est endommagé et ne peut pas être ouvert. Rien n’a été modifié. Votre phrase de récupération peut le rétablir.</translation>
    </message>
    <message>
        <source>There is no wallet on this device.</source>
        <translation>Il n’y a pas de portefeuille sur cet appareil.</translation>
    </message>
    <message>
        <source>A wallet already exists on this device. Carnet never replaces it.</source>
        <translation>Un portefeuille existe déjà sur cet appareil. Carnet ne le remplace jamais.</translation>
    </message>
    <message>
        <source>Carnet is already open in another window.</source>
        <translation>Carnet est déjà ouvert dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>This wallet was made by a newer version of Carnet. Update Carnet to open it.</source>
        <translation>Ce portefeuille a été créé par une version plus récente de Carnet. Mettez Carnet à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>Trop de tentatives. Réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>This device is full. Free some space and try again. Nothing was changed.</source>
        <translation>Cet appareil est plein. Libérez de l’espace et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Carnet could not read or write its files. Nothing was changed.</source>
        <translation>Carnet n’a pas pu lire ou écrire ses fichiers. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This recovery phrase is not valid.</source>
        <translation>Cette phrase de récupération n’est pas valide.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>Quick unlock is not available right now. Use your passphrase.</source>
        <translation>Le déverrouillage rapide n’est pas disponible pour le moment. Utilisez votre phrase secrète.</translation>
    </message>
    <message>
        <source>This wallet needs your passphrase once to finish an update. Lock it and unlock it with your passphrase.</source>
        <translation>Ce portefeuille a besoin de votre phrase secrète une fois pour terminer une mise à jour. Verrouillez-le, puis déverrouillez-le avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>The wallet was locked. Unlock it and try again.</source>
        <translation>Le portefeuille a été verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Une erreur est survenue. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>AddMeasurementPage</name>
    <message>
        <source>Add a measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>What you add is marked as measured by you, apart from your providers&apos; entries.</source>
        <translation>Ce que vous ajoutez est marqué comme mesuré par vous, à part des entrées de vos soignants.</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Sent to your record. It appears in the timeline once the sync has verified it.</source>
        <translation>Envoyée à votre dossier. Elle apparaît dans la chronologie dès que la synchronisation l’a vérifiée.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Add to my record</source>
        <translation>Ajouter à mon dossier</translation>
    </message>
    <message>
        <source>Import a FHIR file</source>
        <translation>Importer un fichier FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries sent to your record. They appear in the timeline once the sync has verified them.</source>
        <translation>
            <numerusform>%n entrée envoyée à votre dossier. Elle apparaît dans la chronologie dès que la synchronisation l’a vérifiée.</numerusform>
            <numerusform>%n entrées envoyées à votre dossier. Elles apparaissent dans la chronologie dès que la synchronisation les a vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a FHIR file…</source>
        <translation>Importer un fichier FHIR…</translation>
    </message>
</context>
<context>
    <name>ConnectProviderPage</name>
    <message>
        <source>Connect a provider</source>
        <translation>Connecter un soignant</translation>
    </message>
    <message>
        <source>Give a provider (a doctor, a lab, a hospital) a code of its own. With it, they can add entries to your record; only you can read them.</source>
        <translation>Donnez à un soignant (médecin, laboratoire, hôpital) un code qui lui est propre. Avec lui, il peut ajouter des entrées à votre dossier ; vous seul pouvez les lire.</translation>
    </message>
    <message>
        <source>Provider&apos;s name</source>
        <translation>Nom du soignant</translation>
    </message>
    <message>
        <source>For example: Dr Martin, Lab Cerballiance</source>
        <translation>Par exemple : Dr Martin, Labo Cerballiance</translation>
    </message>
    <message>
        <source>The name stays in this wallet; it is not sent anywhere.</source>
        <translation>Le nom reste dans ce portefeuille ; il n’est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Create a connect code</source>
        <translation>Créer un code de connexion</translation>
    </message>
    <message>
        <source>Reserving a record number</source>
        <translation>Réservation d’un numéro de dossier</translation>
    </message>
    <message>
        <source>Reserving a record number on the network… The code is shown once the network&apos;s nodes confirm that this number is yours, so that no other device of yours can give it out again.</source>
        <translation>Réservation d’un numéro de dossier sur le réseau… Le code s’affiche dès que les nœuds du réseau confirment que ce numéro est le vôtre, pour qu’aucun autre de vos appareils ne puisse le redonner.</translation>
    </message>
    <message>
        <source>Reserving…</source>
        <translation>Réservation…</translation>
    </message>
    <message>
        <source>Code for %1</source>
        <translation>Code pour %1</translation>
    </message>
    <message>
        <source>Let them scan this code, or send them the text below. It gives them a record number that does not reveal who you are, and a key to encrypt what they add. It holds no name, no address and nothing of your record.</source>
        <translation>Faites-lui scanner ce code, ou envoyez-lui le texte ci-dessous. Il lui donne un numéro de dossier qui ne révèle pas qui vous êtes, et une clé pour chiffrer ce qu’il ajoute. Il ne contient ni nom, ni adresse, ni rien de votre dossier.</translation>
    </message>
    <message>
        <source>QR code of the connect code</source>
        <translation>QR code du code de connexion</translation>
    </message>
    <message>
        <source>Connect code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Connected providers</source>
        <translation>Soignants connectés</translation>
    </message>
    <message numerus="yes">
        <source>%n entries · show the code again</source>
        <translation>
            <numerusform>%n entrée · revoir le code</numerusform>
            <numerusform>%n entrées · revoir le code</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry · show the code again</source>
        <translation>1 entrée · revoir le code</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync and nodes</source>
        <translation>Synchronisation et nœuds</translation>
    </message>
    <message>
        <source>Carnet asks several nodes of the network for your record and checks every answer on this device. Entries are stored only once their signatures and seals verify. A node that gives a wrong answer is set aside; your record stays readable even when no node answers.</source>
        <translation>Carnet demande votre dossier à plusieurs nœuds du réseau et vérifie chaque réponse sur cet appareil. Les entrées ne sont enregistrées qu’une fois leurs signatures et leurs sceaux vérifiés. Un nœud qui donne une mauvaise réponse est mis à l’écart ; votre dossier reste lisible même quand aucun nœud ne répond.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>No node has been asked yet.</source>
        <translation>Aucun nœud n’a encore été interrogé.</translation>
    </message>
    <message>
        <source>Latest block %1</source>
        <translation>Dernier bloc %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <source>Sync: %1. %2</source>
        <translation>Synchronisation : %1. %2</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
</context>
<context>
    <name>carnet::qml::AddMeasurementViewModel</name>
    <message>
        <source>Blood pressure</source>
        <translation>Tension artérielle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>Glycémie</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Systolique</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>Diastolique</translation>
    </message>
    <message>
        <source>Choose what you measured.</source>
        <translation>Choisissez ce que vous avez mesuré.</translation>
    </message>
    <message>
        <source>Type a value for %1.</source>
        <translation>Saisissez une valeur pour : %1.</translation>
    </message>
    <message>
        <source>%1 must be a number, for example %2.</source>
        <translation>%1 : saisissez un nombre, par exemple %2.</translation>
    </message>
    <message>
        <source>%1 should be between %2 and %3 %4. Check the value and the unit.</source>
        <translation>%1 : la valeur devrait être entre %2 et %3 %4. Vérifiez la valeur et l’unité.</translation>
    </message>
    <message>
        <source>The systolic value (the first) should be higher than the diastolic one.</source>
        <translation>La valeur systolique (la première) devrait être plus élevée que la diastolique.</translation>
    </message>
    <message>
        <source>Write the date and time as %1.</source>
        <translation>Écrivez la date et l’heure sous la forme %1.</translation>
    </message>
    <message>
        <source>The date and time are in the future.</source>
        <translation>La date et l’heure sont dans le futur.</translation>
    </message>
    <message>
        <source>Keep the note under 1000 characters.</source>
        <translation>La note doit faire moins de 1000 caractères.</translation>
    </message>
    <message>
        <source>No network is set up on this device, so the measurement was not sent.</source>
        <translation>Aucun réseau n’est configuré sur cet appareil : la mesure n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>The network settings are not accepted (see Sync and nodes), so the measurement was not sent.</source>
        <translation>Les réglages du réseau ne sont pas acceptés (voir Synchronisation et nœuds) : la mesure n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>The network could not be reached; nothing was sent. Try again later.</source>
        <translation>Le réseau est injoignable ; rien n’a été envoyé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>This network needs a sponsor to pay for your own entries; none is set up yet.</source>
        <translation>Ce réseau demande un parrain pour payer vos propres entrées ; aucun n’est encore configuré.</translation>
    </message>
    <message>
        <source>The network refused the measurement; nothing was added.</source>
        <translation>Le réseau a refusé la mesure ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>The wallet could not prepare your own record; nothing was sent.</source>
        <translation>Le portefeuille n’a pas pu préparer votre propre dossier ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The network&apos;s nodes did not confirm a new record for your own entries; nothing was sent. Try again later.</source>
        <translation>Les nœuds du réseau n’ont pas confirmé un nouveau dossier pour vos propres entrées ; rien n’a été envoyé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The file cannot be read (or is larger than 16 MiB).</source>
        <translation>Le fichier est illisible (ou dépasse 16 Mio).</translation>
    </message>
    <message>
        <source>This file is not a FHIR JSON resource or Bundle; nothing was sent.</source>
        <translation>Ce fichier n’est ni une ressource ni un Bundle FHIR JSON ; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>carnet::qml::ConnectViewModel</name>
    <message>
        <source>Type the provider&apos;s name, so you know later who holds this code.</source>
        <translation>Saisissez le nom du soignant, pour savoir plus tard qui détient ce code.</translation>
    </message>
    <message>
        <source>Keep the name under %1 characters.</source>
        <translation>Le nom doit faire moins de %1 caractères.</translation>
    </message>
    <message>
        <source>The wallet could not save the new connection. Nothing was shared; try again.</source>
        <translation>Le portefeuille n’a pas pu enregistrer la connexion. Rien n’a été partagé ; réessayez.</translation>
    </message>
    <message>
        <source>The network settings name no record log, so no code was made.</source>
        <translation>Les réglages du réseau n’indiquent aucun journal des dossiers : aucun code n’a été créé.</translation>
    </message>
    <message>
        <source>This network charges fees, and your record keys never hold money (so that nobody can link them); no code was made.</source>
        <translation>Ce réseau fait payer des frais, et les clés de vos dossiers ne détiennent jamais d’argent (pour que personne ne puisse les relier) ; aucun code n’a été créé.</translation>
    </message>
    <message>
        <source>Too few of the network&apos;s nodes answered (%1 of %2) to confirm a new record number, so no code was made. Try again later.</source>
        <translation>Trop peu de nœuds du réseau ont répondu (%1 sur %2) pour confirmer un nouveau numéro de dossier : aucun code n’a été créé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The network&apos;s nodes did not confirm that the new record number is yours (%1 of %2 did, %3 are needed), so no code was made. Try again later.</source>
        <translation>Les nœuds du réseau n’ont pas confirmé que le nouveau numéro de dossier est le vôtre (%1 sur %2 l’ont fait, il en faut %3) : aucun code n’a été créé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The network did not accept the reservation of a new record number, so no code was made. Try again later.</source>
        <translation>Le réseau n’a pas accepté la réservation d’un nouveau numéro de dossier : aucun code n’a été créé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Many record numbers are already taken by another device or an earlier install of this wallet. Sync first, then try again.</source>
        <translation>De nombreux numéros de dossier sont déjà pris par un autre appareil ou une installation précédente de ce portefeuille. Synchronisez d’abord, puis réessayez.</translation>
    </message>
    <message>
        <source>This wallet has no record numbers left, so no code was made.</source>
        <translation>Ce portefeuille n’a plus de numéro de dossier disponible : aucun code n’a été créé.</translation>
    </message>
    <message>
        <source>No network is set up on this device, so no code was made: a code is only given once its record number is reserved on the network.</source>
        <translation>Aucun réseau n’est configuré sur cet appareil : aucun code n’a été créé. Un code n’est donné qu’une fois son numéro de dossier réservé sur le réseau.</translation>
    </message>
    <message>
        <source>The network settings are not accepted (see Sync and nodes), so no code was made.</source>
        <translation>Les réglages du réseau ne sont pas acceptés (voir Synchronisation et nœuds) : aucun code n’a été créé.</translation>
    </message>
</context>
<context>
    <name>carnet::qml::SyncViewModel</name>
    <message>
        <source>Agrees with the other nodes</source>
        <translation>D’accord avec les autres nœuds</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Set aside: answers for another network</source>
        <translation>Mis à l’écart : répond pour un autre réseau</translation>
    </message>
    <message>
        <source>Not used: behind the other nodes</source>
        <translation>Non utilisé : en retard sur les autres nœuds</translation>
    </message>
    <message>
        <source>Set aside: claims blocks the other nodes do not have</source>
        <translation>Mis à l’écart : annonce des blocs que les autres nœuds n’ont pas</translation>
    </message>
    <message>
        <source>Set aside: went back in its history</source>
        <translation>Mis à l’écart : est revenu en arrière dans son historique</translation>
    </message>
    <message>
        <source>Set aside: disagrees with the majority about the history</source>
        <translation>Mis à l’écart : contredit la majorité sur l’historique</translation>
    </message>
    <message>
        <source>Set aside: served an entry that fails verification</source>
        <translation>Mis à l’écart : a fourni une entrée qui échoue à la vérification</translation>
    </message>
    <message>
        <source>Set aside: hid entries that other nodes proved</source>
        <translation>Mis à l’écart : a caché des entrées que d’autres nœuds ont prouvées</translation>
    </message>
    <message>
        <source>Set aside: its answers contradict the other nodes</source>
        <translation>Mis à l’écart : ses réponses contredisent les autres nœuds</translation>
    </message>
    <message>
        <source>Set aside: malformed answers</source>
        <translation>Mis à l’écart : réponses mal formées</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>Syncing record %1 of %2, %n new entries</source>
        <translation>
            <numerusform>Synchronisation du dossier %1 sur %2, %n nouvelle entrée</numerusform>
            <numerusform>Synchronisation du dossier %1 sur %2, %n nouvelles entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the nodes…</source>
        <translation>Vérification des nœuds…</translation>
    </message>
    <message numerus="yes">
        <source>Up to date, %n new entries verified</source>
        <translation>
            <numerusform>À jour, %n nouvelle entrée vérifiée</numerusform>
            <numerusform>À jour, %n nouvelles entrées vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>La synchronisation n’a pas abouti</translation>
    </message>
    <message>
        <source>Never verified against the network</source>
        <translation>Jamais vérifié auprès du réseau</translation>
    </message>
    <message>
        <source>Verified just now</source>
        <translation>Vérifié à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n minutes ago</source>
        <translation>
            <numerusform>Vérifié il y a %n minute</numerusform>
            <numerusform>Vérifié il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified %n hours ago</source>
        <translation>
            <numerusform>Vérifié il y a %n heure</numerusform>
            <numerusform>Vérifié il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>Vérifié le %1</translation>
    </message>
    <message>
        <source>No network is set up on this device. Your record stays readable here.</source>
        <translation>Aucun réseau n’est configuré sur cet appareil. Votre dossier reste lisible ici.</translation>
    </message>
    <message>
        <source>The network settings file cannot be read. Your record stays readable here.</source>
        <translation>Le fichier de réglages du réseau est illisible. Votre dossier reste lisible ici.</translation>
    </message>
    <message>
        <source>The network settings list too few nodes (%1, at least %2 are needed) to check them against each other. Your record stays readable here.</source>
        <translation>Les réglages du réseau indiquent trop peu de nœuds (%1, il en faut au moins %2) pour les vérifier les uns par les autres. Votre dossier reste lisible ici.</translation>
    </message>
    <message>
        <source>Node %1 of the network settings (%2) does not use a secure connection (https). Your record stays readable here.</source>
        <translation>Le nœud %1 des réglages du réseau (%2) n’utilise pas de connexion sécurisée (https). Votre dossier reste lisible ici.</translation>
    </message>
    <message>
        <source>No node answered. Your record stays readable here; Carnet tries again in a few minutes.</source>
        <translation>Aucun nœud n’a répondu. Votre dossier reste lisible ici ; Carnet réessaie dans quelques minutes.</translation>
    </message>
    <message>
        <source>The wallet could not save what was received (is the disk full?). Nothing was lost.</source>
        <translation>Le portefeuille n’a pas pu enregistrer ce qu’il a reçu (le disque est-il plein ?). Rien n’est perdu.</translation>
    </message>
    <message>
        <source>The network settings name no record contract. Your record stays readable here.</source>
        <translation>Les réglages du réseau ne nomment aucun contrat de dossier. Votre dossier reste lisible ici.</translation>
    </message>
    <message>
        <source>The nodes could not be used this time (see each node below). Your record stays readable here.</source>
        <translation>Les nœuds n’ont pas pu être utilisés cette fois (voir chaque nœud ci-dessous). Votre dossier reste lisible ici.</translation>
    </message>
    <message>
        <source>Syncing record %1 of %2, 1 new entry</source>
        <extracomment>%1 of %2 is the record being read; %n new entries so far</extracomment>
        <translation>Synchronisation du dossier %1 sur %2, 1 nouvelle entrée</translation>
    </message>
    <message>
        <source>Up to date, 1 new entry verified</source>
        <translation>À jour, 1 nouvelle entrée vérifiée</translation>
    </message>
    <message>
        <source>Verified 1 minute ago</source>
        <translation>Vérifié il y a 1 minute</translation>
    </message>
    <message>
        <source>Verified 1 hour ago</source>
        <translation>Vérifié il y a 1 heure</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <source>checking the network</source>
        <translation>vérification du réseau</translation>
    </message>
    <message>
        <source>reading the latest block</source>
        <translation>lecture du dernier bloc</translation>
    </message>
    <message>
        <source>reading the block being checked</source>
        <translation>lecture du bloc vérifié</translation>
    </message>
    <message>
        <source>checking the contracts</source>
        <translation>vérification des contrats</translation>
    </message>
    <message>
        <source>checking a provider&apos;s licence</source>
        <translation>vérification de la licence d’un soignant</translation>
    </message>
    <message>
        <source>reading a provider&apos;s name</source>
        <translation>lecture du nom d’un soignant</translation>
    </message>
    <message>
        <source>reading the state of a record</source>
        <translation>lecture de l’état d’un dossier</translation>
    </message>
    <message>
        <source>reading the entries</source>
        <translation>lecture des entrées</translation>
    </message>
    <message>
        <source>reading a grant</source>
        <translation>lecture d’un partage</translation>
    </message>
    <message>
        <source>reading a grant&apos;s keys or receipts</source>
        <translation>lecture des clés ou des accusés d’un partage</translation>
    </message>
    <message>
        <source>a request</source>
        <translation>une requête</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>connexion impossible</translation>
    </message>
    <message>
        <source>the server answered with error %1</source>
        <extracomment>%1 is an HTTP status code such as 502</extracomment>
        <translation>le serveur a répondu par l’erreur %1</translation>
    </message>
    <message>
        <source>the server answered with an error</source>
        <translation>le serveur a répondu par une erreur</translation>
    </message>
    <message>
        <source>the answer was too large</source>
        <translation>la réponse était trop volumineuse</translation>
    </message>
    <message>
        <source>the answer was nested too deeply</source>
        <translation>la réponse était trop imbriquée</translation>
    </message>
    <message>
        <source>the answer was malformed</source>
        <translation>la réponse était mal formée</translation>
    </message>
    <message>
        <source>the node reported an error</source>
        <translation>le nœud a signalé une erreur</translation>
    </message>
    <message>
        <source>it is on another network</source>
        <translation>il est sur un autre réseau</translation>
    </message>
    <message>
        <source>no node could be used</source>
        <translation>aucun nœud n’était utilisable</translation>
    </message>
    <message>
        <source>the contract refused the request</source>
        <translation>le contrat a refusé la requête</translation>
    </message>
    <message>
        <source>the answer made no sense</source>
        <translation>la réponse était incohérente</translation>
    </message>
    <message>
        <source>it is larger than an entry may be</source>
        <translation>elle dépasse la taille permise pour une entrée</translation>
    </message>
    <message>
        <source>it is too short to be an entry</source>
        <translation>elle est trop courte pour être une entrée</translation>
    </message>
    <message>
        <source>it uses a format this version of Carnet does not know</source>
        <translation>elle utilise un format que cette version de Carnet ne connaît pas</translation>
    </message>
    <message>
        <source>it carries markers this version of Carnet does not know</source>
        <translation>elle porte des marqueurs que cette version de Carnet ne connaît pas</translation>
    </message>
    <message>
        <source>its patient-reported marker does not match the network&apos;s</source>
        <translation>sa mention «&#xa0;saisie par le patient&#xa0;» ne correspond pas à celle du réseau</translation>
    </message>
    <message>
        <source>its contents do not match the fingerprint on the network</source>
        <translation>son contenu ne correspond pas à l’empreinte enregistrée sur le réseau</translation>
    </message>
    <message>
        <source>it was not sealed for this record</source>
        <translation>elle n’a pas été scellée pour ce dossier</translation>
    </message>
    <message>
        <source>its contents were altered</source>
        <translation>son contenu a été modifié</translation>
    </message>
    <message>
        <source>its signature is not valid</source>
        <translation>sa signature n’est pas valide</translation>
    </message>
    <message>
        <source>it is not signed by its stated author</source>
        <translation>elle n’est pas signée par l’auteur qu’elle indique</translation>
    </message>
    <message>
        <source>its contents cannot be read</source>
        <translation>son contenu est illisible</translation>
    </message>
    <message>
        <source>its contents are not a FHIR resource</source>
        <translation>son contenu n’est pas une ressource FHIR</translation>
    </message>
    <message>
        <source>it failed verification</source>
        <translation>elle n’a pas passé la vérification</translation>
    </message>
    <message>
        <source>the wallet&apos;s database failed</source>
        <translation>la base de données du portefeuille a rencontré une erreur</translation>
    </message>
    <message>
        <source>the disk is full; nothing was written</source>
        <translation>le disque est plein&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>an entry was out of order</source>
        <translation>une entrée n’était pas à sa place</translation>
    </message>
    <message>
        <source>another entry is already saved at this position</source>
        <translation>une autre entrée est déjà enregistrée à cette position</translation>
    </message>
    <message>
        <source>the record is not in the wallet</source>
        <translation>le dossier n’est pas dans le portefeuille</translation>
    </message>
    <message>
        <source>the record is already in the wallet</source>
        <translation>le dossier est déjà dans le portefeuille</translation>
    </message>
    <message>
        <source>recorded by an earlier version of Carnet, without details</source>
        <translation>enregistré par une version antérieure de Carnet, sans détails</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a step of the sync (&quot;reading the entries&quot;), %2 what went wrong (&quot;no answer in time&quot;)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>its network is not the one in the settings</source>
        <translation>son réseau n’est pas celui des réglages</translation>
    </message>
    <message>
        <source>latest block %1, after %2 last time</source>
        <translation>dernier bloc %1, après %2 la fois précédente</translation>
    </message>
    <message>
        <source>latest block %1; the other nodes are at %2</source>
        <translation>dernier bloc %1&#xa0;; les autres nœuds en sont à %2</translation>
    </message>
    <message>
        <source>latest block %1, beyond the other nodes&apos; %2</source>
        <translation>dernier bloc %1, au-delà du bloc %2 des autres nœuds</translation>
    </message>
    <message>
        <source>latest block %1, below the block being checked (%2)</source>
        <translation>dernier bloc %1, en deçà du bloc vérifié (%2)</translation>
    </message>
    <message>
        <source>a different block %1 than the other nodes</source>
        <translation>un bloc %1 différent de celui des autres nœuds</translation>
    </message>
    <message>
        <source>contradicts the other nodes about a licence at block %1</source>
        <translation>contredit les autres nœuds sur une licence au bloc %1</translation>
    </message>
    <message>
        <source>claims contracts the other nodes do not have at block %1</source>
        <translation>annonce au bloc %1 des contrats que les autres nœuds n’ont pas</translation>
    </message>
    <message>
        <source>does not have the contracts at block %1</source>
        <translation>n’a pas les contrats au bloc %1</translation>
    </message>
    <message>
        <source>sent an entry that does not belong to this record</source>
        <translation>a envoyé une entrée qui n’appartient pas à ce dossier</translation>
    </message>
    <message>
        <source>sent entry %1, beyond the entry count of %2 the other nodes confirm</source>
        <translation>a envoyé l’entrée %1, au-delà des %2 entrées que confirment les autres nœuds</translation>
    </message>
    <message>
        <source>sent two entries at position %1</source>
        <translation>a envoyé deux entrées à la position %1</translation>
    </message>
    <message>
        <source>left out entry %1</source>
        <translation>a omis l’entrée %1</translation>
    </message>
    <message>
        <source>its entries %1 to %2 are not those the other nodes confirm</source>
        <translation>ses entrées %1 à %2 ne sont pas celles que confirment les autres nœuds</translation>
    </message>
    <message>
        <source>gives an entry count of %1; the other nodes give %2</source>
        <translation>indique %1 entrées&#xa0;; les autres nœuds en indiquent %2</translation>
    </message>
    <message>
        <source>claims an entry count of %1; the other nodes give %2</source>
        <translation>annonce %1 entrées&#xa0;; les autres nœuds en indiquent %2</translation>
    </message>
    <message>
        <source>the same entry count (%1) as the other nodes, but a different record</source>
        <translation>le même nombre d’entrées (%1) que les autres nœuds, mais un dossier différent</translation>
    </message>
    <message>
        <source>a different record up to entry %1 than the other nodes</source>
        <translation>un dossier différent des autres nœuds jusqu’à l’entrée %1</translation>
    </message>
    <message>
        <source>a different state of the shared access than the other nodes</source>
        <translation>un état du partage différent de celui des autres nœuds</translation>
    </message>
    <message>
        <source>a different licence, name or key in the registry than the other nodes</source>
        <translation>une licence, un nom ou une clé du registre différents de ceux des autres nœuds</translation>
    </message>
    <message>
        <source>altered keys for the shared access</source>
        <translation>des clés de partage altérées</translation>
    </message>
    <message>
        <source>different records of the shared access than the other nodes</source>
        <translation>un historique du partage différent de celui des autres nœuds</translation>
    </message>
    <message>
        <source>the network settings name no record contract</source>
        <translation>les réglages du réseau ne nomment aucun contrat de dossier</translation>
    </message>
    <message>
        <source>no node answered</source>
        <translation>aucun nœud n’a répondu</translation>
    </message>
    <message>
        <source>the network does not have enough blocks yet to confirm anything</source>
        <translation>le réseau n’a pas encore assez de blocs pour confirmer quoi que ce soit</translation>
    </message>
    <message>
        <source>the nodes disagree about block %1</source>
        <translation>les nœuds ne s’accordent pas sur le bloc %1</translation>
    </message>
    <message>
        <source>can&apos;t verify: the contracts are not on the network at block %1</source>
        <translation>vérification impossible&#xa0;: les contrats ne sont pas sur le réseau au bloc %1</translation>
    </message>
    <message>
        <source>can&apos;t verify: the nodes disagree whether the contracts exist at block %1</source>
        <translation>vérification impossible&#xa0;: les nœuds ne s’accordent pas sur l’existence des contrats au bloc %1</translation>
    </message>
    <message>
        <source>every node was set aside during the sync</source>
        <translation>tous les nœuds ont été mis à l’écart pendant la synchronisation</translation>
    </message>
    <message>
        <source>can&apos;t verify: the nodes do not agree on this record</source>
        <translation>vérification impossible&#xa0;: les nœuds ne s’accordent pas sur ce dossier</translation>
    </message>
    <message>
        <source>can&apos;t verify: the nodes give an entry count of %1, this device holds %2</source>
        <translation>vérification impossible&#xa0;: les nœuds indiquent %1 entrées, cet appareil en contient %2</translation>
    </message>
    <message>
        <source>can&apos;t verify: the nodes&apos; record is not the one on this device</source>
        <translation>vérification impossible&#xa0;: le dossier des nœuds n’est pas celui de cet appareil</translation>
    </message>
    <message>
        <source>the key of this record could not be derived</source>
        <translation>la clé de ce dossier n’a pas pu être calculée</translation>
    </message>
    <message>
        <source>can&apos;t verify: no node sent the entries the others confirm</source>
        <translation>vérification impossible&#xa0;: aucun nœud n’a envoyé les entrées que les autres confirment</translation>
    </message>
    <message>
        <source>can&apos;t verify: the nodes disagree whether the author of entry %1 was licensed</source>
        <translation>vérification impossible&#xa0;: les nœuds ne s’accordent pas sur la licence de l’auteur de l’entrée %1</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>arrêt avant la fin</translation>
    </message>
    <message>
        <source>could not be saved: %1</source>
        <extracomment>%1 says why (&quot;the disk is full; nothing was written&quot;)</extracomment>
        <translation>enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is marked as yours but not signed with your key for this record</source>
        <translation>elle est indiquée comme la vôtre mais n’est pas signée avec votre clé pour ce dossier</translation>
    </message>
    <message>
        <source>its author was not licensed at block %1</source>
        <translation>son auteur n’avait pas de licence valide au bloc %1</translation>
    </message>
    <message>
        <source>reading a grant</source>
        <translation>la lecture d’un partage</translation>
    </message>
    <message>
        <source>reading a grant&apos;s keys or receipts</source>
        <translation>la lecture des clés ou des traces d’un partage</translation>
    </message>
    <message>
        <source>a different record up to entry %1 than the other nodes</source>
        <translation>un dossier différent jusqu’à l’entrée %1 de celui des autres nœuds</translation>
    </message>
    <message>
        <source>a different state of the shared access than the other nodes</source>
        <translation>un état de l’accès partagé différent de celui des autres nœuds</translation>
    </message>
    <message>
        <source>a different licence, name or key in the registry than the other nodes</source>
        <translation>une licence, un nom ou une clé du registre différents de ceux des autres nœuds</translation>
    </message>
    <message>
        <source>altered keys for the shared access</source>
        <translation>des clés de l’accès partagé altérées</translation>
    </message>
    <message>
        <source>different records of the shared access than the other nodes</source>
        <translation>des traces de l’accès partagé différentes de celles des autres nœuds</translation>
    </message>
    <message>
        <source>reading a study</source>
        <translation>la lecture d’une étude</translation>
    </message>
    <message>
        <source>reading a study&apos;s terms or datasets</source>
        <translation>la lecture des conditions ou des jeux de données d’une étude</translation>
    </message>
    <message>
        <source>a different state of a study than the other nodes</source>
        <translation>un état d’une étude différent de celui des autres nœuds</translation>
    </message>
    <message>
        <source>altered terms of a study</source>
        <translation>des conditions d’étude altérées</translation>
    </message>
    <message>
        <source>an altered research dataset</source>
        <translation>un jeu de données de recherche altéré</translation>
    </message>
</context>
<context>
    <name>AccessRow</name>
    <message>
        <source>%1 read on %2</source>
        <translation>%1 a consulté le %2</translation>
    </message>
    <message>
        <source>A clinician not in the registry (%1)</source>
        <translation>Un soignant absent du registre (%1)</translation>
    </message>
    <message>
        <source>%1 · share %2</source>
        <translation>%1 · partage %2</translation>
    </message>
</context>
<context>
    <name>AuthDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>Saisissez votre phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ClinicianHome</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ClinicianIdentityCard</name>
    <message>
        <source>Your clinician identity</source>
        <translation>Votre identité de soignant</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Not licensed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Can&apos;t verify now</source>
        <translation>Vérification impossible pour l’instant</translation>
    </message>
    <message>
        <source>Your identity code, for the licensing authority. Patients may also scan it to name you in a share.</source>
        <translation>Votre code d’identité, pour l’autorité qui délivre les autorisations. Les patients peuvent aussi le scanner pour vous désigner dans un partage.</translation>
    </message>
    <message>
        <source>QR code of your clinician identity code</source>
        <translation>QR code de votre code d’identité de soignant</translation>
    </message>
    <message>
        <source>Clinician identity code</source>
        <translation>Code d’identité de soignant</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>The licensing authority runs:</source>
        <translation>L’autorité qui délivre les autorisations exécute&#xa0;:</translation>
    </message>
    <message>
        <source>The licensing authority&apos;s command</source>
        <translation>La commande de l’autorité qui délivre les autorisations</translation>
    </message>
</context>
<context>
    <name>ClinicianModeRow</name>
    <message>
        <source>I am a clinician</source>
        <translation>Je suis soignant</translation>
    </message>
    <message>
        <source>Clinician mode: open the shares patients show you. Turn it off to share your own record.</source>
        <translation>Mode soignant&#xa0;: ouvrez les partages que vos patients vous montrent. Désactivez-le pour partager votre propre dossier.</translation>
    </message>
    <message>
        <source>Open the shares patients show you, with this wallet&apos;s clinician identity.</source>
        <translation>Ouvrez les partages que vos patients vous montrent, avec l’identité de soignant de ce portefeuille.</translation>
    </message>
</context>
<context>
    <name>GrantHeader</name>
    <message>
        <source>Preview: exactly what the clinician will see</source>
        <translation>Aperçu&#xa0;: exactement ce que verra le soignant</translation>
    </message>
    <message>
        <source>Verified on this device</source>
        <translation>Vérifié sur cet appareil</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The clinician may add notes and prescriptions</source>
        <translation>Le soignant peut ajouter des notes et des ordonnances</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>%1, of which %2 refused (not shown)</source>
        <translation>%1, dont %2 refusées (non affichées)</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
</context>
<context>
    <name>GrantRow</name>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Pas encore consulté</translation>
    </message>
    <message>
        <source>Read once</source>
        <translation>Consulté une fois</translation>
    </message>
    <message numerus="yes">
        <source>Read %n times</source>
        <translation>
            <numerusform>Consulté %n fois</numerusform>
            <numerusform>Consulté %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes allowed</source>
        <translation>Notes autorisées</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Stop this share now; the passphrase is asked first</source>
        <translation>Arrêter ce partage maintenant&#xa0;; la phrase secrète est demandée d’abord</translation>
    </message>
</context>
<context>
    <name>GrantView</name>
    <message>
        <source>Entries in this share</source>
        <translation>Entrées de ce partage</translation>
    </message>
</context>
<context>
    <name>GrantWords</name>
    <message>
        <source>it is not written in a form this version of Carnet knows</source>
        <translation>il n’est pas écrit sous une forme que cette version de Carnet connaît</translation>
    </message>
    <message>
        <source>it names a category this version of Carnet does not know</source>
        <translation>il nomme une catégorie que cette version de Carnet ne connaît pas</translation>
    </message>
    <message>
        <source>one of its dates is not a real day</source>
        <translation>une de ses dates n’existe pas</translation>
    </message>
    <message>
        <source>its first day comes after its last day</source>
        <translation>son premier jour vient après son dernier jour</translation>
    </message>
    <message>
        <source>a date range needs at least one category to apply to</source>
        <translation>une période demande au moins une catégorie à laquelle s’appliquer</translation>
    </message>
    <message>
        <source>more than 1,000 single entries are picked</source>
        <translation>plus de 1&#xa0;000 entrées sont choisies une à une</translation>
    </message>
    <message>
        <source>an entry is picked twice</source>
        <translation>une entrée est choisie deux fois</translation>
    </message>
    <message>
        <source>it names no category and no entry</source>
        <translation>il ne nomme aucune catégorie ni aucune entrée</translation>
    </message>
    <message>
        <source>it is not a Carnet share code</source>
        <translation>ce n’est pas un code de partage Carnet</translation>
    </message>
    <message>
        <source>it comes from a newer version of Carnet</source>
        <translation>il vient d’une version plus récente de Carnet</translation>
    </message>
    <message>
        <source>it is mistyped or damaged</source>
        <translation>il est mal recopié ou abîmé</translation>
    </message>
    <message>
        <source>it is for another network than the one set up here</source>
        <translation>il est destiné à un autre réseau que celui configuré ici</translation>
    </message>
    <message>
        <source>it is not a clinician&apos;s identity code</source>
        <translation>ce n’est pas un code d’identité de soignant</translation>
    </message>
    <message>
        <source>The network set up here has no sharing service, so nothing can be shared or opened on it.</source>
        <translation>Le réseau configuré ici n’a pas de service de partage&#xa0;: rien ne peut y être partagé ni ouvert.</translation>
    </message>
    <message>
        <source>The network&apos;s nodes answered, but not enough of them agree, so this can&apos;t be verified now. Nothing was changed; try again later.</source>
        <translation>Les nœuds du réseau ont répondu, mais trop peu sont d’accord&#xa0;: impossible de vérifier pour l’instant. Rien n’a changé&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>This choice of what to share is refused: %1.</source>
        <translation>Ce choix de partage est refusé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No verified entry matches this choice, so there is nothing to share. Choose other categories, dates or entries.</source>
        <translation>Aucune entrée vérifiée ne correspond à ce choix&#xa0;: rien à partager. Choisissez d’autres catégories, dates ou entrées.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are more than one share can carry. Choose fewer categories or a shorter period.</source>
        <translation>
            <numerusform>%n entrée, c’est plus qu’un partage peut contenir. Choisissez moins de catégories ou une période plus courte.</numerusform>
            <numerusform>%n entrées, c’est plus qu’un partage peut contenir. Choisissez moins de catégories ou une période plus courte.</numerusform>
        </translation>
    </message>
    <message>
        <source>A share lasts from 1 hour to 30 days.</source>
        <translation>Un partage dure de 1 heure à 30 jours.</translation>
    </message>
    <message>
        <source>A passcode has 4 to 64 characters.</source>
        <translation>Un code secret compte de 4 à 64 caractères.</translation>
    </message>
    <message>
        <source>A share for a named clinician needs no passcode: only their key opens it. Remove the passcode.</source>
        <translation>Un partage pour un soignant nommé n’a pas besoin de code secret&#xa0;: seule sa clé l’ouvre. Retirez le code secret.</translation>
    </message>
    <message>
        <source>The clinician&apos;s identity code is refused: %1. Scan or paste it again.</source>
        <translation>Le code d’identité du soignant est refusé&#xa0;: %1. Scannez-le ou collez-le de nouveau.</translation>
    </message>
    <message>
        <source>This clinician is not licensed now, according to the network. Nothing was shared.</source>
        <translation>D’après le réseau, ce soignant n’a pas de licence en ce moment. Rien n’a été partagé.</translation>
    </message>
    <message>
        <source>The registry holds no key for this clinician yet, so a share cannot be sealed for them. Ask them to have their licence completed.</source>
        <translation>Le registre ne contient pas encore de clé pour ce soignant&#xa0;: impossible de sceller un partage pour lui. Demandez-lui de faire compléter sa licence.</translation>
    </message>
    <message>
        <source>This identity code does not match what the registry holds for that clinician: it is not theirs. Nothing was shared.</source>
        <translation>Ce code d’identité ne correspond pas à ce que le registre contient pour ce soignant&#xa0;: ce n’est pas le sien. Rien n’a été partagé.</translation>
    </message>
    <message numerus="yes">
        <source>The network&apos;s nodes did not give back %n of the entries to share, so nothing was shared. Try again later.</source>
        <translation>
            <numerusform>Les nœuds du réseau n’ont pas rendu %n des entrées à partager&#xa0;: rien n’a été partagé. Réessayez plus tard.</numerusform>
            <numerusform>Les nœuds du réseau n’ont pas rendu %n des entrées à partager&#xa0;: rien n’a été partagé. Réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The network refused to record this share. Nothing can be read with it; try again.</source>
        <translation>Le réseau a refusé d’enregistrer ce partage. Il ne permet de rien lire&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>This share is not in this wallet.</source>
        <translation>Ce partage n’est pas dans ce portefeuille.</translation>
    </message>
    <message>
        <source>This share is revoked already: nobody can open it any more.</source>
        <translation>Ce partage est déjà révoqué&#xa0;: plus personne ne peut l’ouvrir.</translation>
    </message>
    <message>
        <source>This code can&apos;t be opened: %1.</source>
        <translation>Impossible d’ouvrir ce code&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This share code is for another network than the one set up here.</source>
        <translation>Ce code de partage est destiné à un autre réseau que celui configuré ici.</translation>
    </message>
    <message>
        <source>The network knows no share with this code. Ask the patient for a new code.</source>
        <translation>Le réseau ne connaît aucun partage pour ce code. Demandez un nouveau code au patient.</translation>
    </message>
    <message>
        <source>This share has been revoked by the patient.</source>
        <translation>Le patient a révoqué ce partage.</translation>
    </message>
    <message>
        <source>This share has expired. Ask the patient for a new one if you still need it.</source>
        <translation>Ce partage a expiré. Demandez-en un nouveau au patient si vous en avez encore besoin.</translation>
    </message>
    <message>
        <source>This share is not complete on the network yet. Try again in a minute.</source>
        <translation>Ce partage n’est pas encore complet sur le réseau. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>This share was made for another clinician.</source>
        <translation>Ce partage a été fait pour un autre soignant.</translation>
    </message>
    <message>
        <source>Your clinician identity is not licensed now, according to the network, so shares can&apos;t be opened.</source>
        <translation>D’après le réseau, votre identité de soignant n’a pas de licence en ce moment&#xa0;: impossible d’ouvrir des partages.</translation>
    </message>
    <message>
        <source>This share needs the passcode the patient chose.</source>
        <translation>Ce partage demande le code secret choisi par le patient.</translation>
    </message>
    <message>
        <source>Wrong passcode. Ask the patient to tell it again.</source>
        <translation>Code secret incorrect. Demandez au patient de vous le redire.</translation>
    </message>
    <message>
        <source>No node gave this share as the patient signed it, so it was not opened.</source>
        <translation>Aucun nœud n’a fourni ce partage tel que le patient l’a signé&#xa0;: il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>This share is damaged and cannot be opened. Ask the patient for a new one.</source>
        <translation>Ce partage est abîmé et ne peut pas être ouvert. Demandez-en un nouveau au patient.</translation>
    </message>
    <message>
        <source>The patient did not allow notes to be added with this share.</source>
        <translation>Le patient n’a pas autorisé l’ajout de notes avec ce partage.</translation>
    </message>
    <message>
        <source>This share was just made and the network has not confirmed it yet. Try again in a few seconds.</source>
        <translation>Ce partage vient d’être créé et le réseau ne l’a pas encore confirmé. Réessayez dans quelques secondes.</translation>
    </message>
    <message>
        <source>Only a note or a prescription can be added to the patient&apos;s record.</source>
        <translation>Seule une note ou une ordonnance peut être ajoutée au dossier du patient.</translation>
    </message>
    <message>
        <source>The network refused the record of your access, so the share was not opened.</source>
        <translation>Le réseau a refusé la trace de votre accès&#xa0;: le partage n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>Something went wrong with this share. Nothing was changed; try again.</source>
        <translation>Un problème est survenu avec ce partage. Rien n’a changé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The wallet is locked. Unlock it and try again.</source>
        <translation>Le portefeuille est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No network is set up on this device, so nothing can be shared or opened.</source>
        <translation>Aucun réseau n’est configuré sur cet appareil&#xa0;: rien ne peut être partagé ni ouvert.</translation>
    </message>
    <message>
        <source>The network settings file cannot be read, so nothing can be shared or opened.</source>
        <translation>Le fichier des réglages réseau est illisible&#xa0;: rien ne peut être partagé ni ouvert.</translation>
    </message>
    <message>
        <source>The network set up here has no record log, so nothing can be shared or opened.</source>
        <translation>Le réseau configuré ici n’a pas de journal des dossiers&#xa0;: rien ne peut être partagé ni ouvert.</translation>
    </message>
    <message>
        <source>The wallet&apos;s database failed. Nothing was shared; try again.</source>
        <translation>La base de données du portefeuille a échoué. Rien n’a été partagé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>This network charges fees, and sharing keys never hold money (so that nobody can link your shares). Nothing was sent.</source>
        <translation>Ce réseau fait payer des frais, et les clés de partage ne détiennent jamais d’argent (pour que personne ne puisse relier vos partages). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The network&apos;s nodes could not be reached. Nothing was changed; try again when you are online.</source>
        <translation>Les nœuds du réseau sont injoignables. Rien n’a changé&#xa0;; réessayez une fois en ligne.</translation>
    </message>
    <message>
        <source>The network refused the note. Nothing more was written.</source>
        <translation>Le réseau a refusé la note. Rien de plus n’a été écrit.</translation>
    </message>
    <message>
        <source>A node failed while the note was written. Try again.</source>
        <translation>Un nœud a échoué pendant l’écriture de la note. Réessayez.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier est illisible.</translation>
    </message>
    <message>
        <source>The file is larger than 16 MB.</source>
        <translation>Le fichier dépasse 16&#xa0;Mo.</translation>
    </message>
    <message>
        <source>The file is not a FHIR resource.</source>
        <translation>Le fichier n’est pas une ressource FHIR.</translation>
    </message>
    <message>
        <source>There is nothing to write.</source>
        <translation>Il n’y a rien à écrire.</translation>
    </message>
    <message>
        <source>This record is not in the wallet.</source>
        <translation>Ce dossier n’est pas dans le portefeuille.</translation>
    </message>
</context>
<context>
    <name>NewSharePage</name>
    <message>
        <source>Share code</source>
        <translation>Code de partage</translation>
    </message>
    <message>
        <source>What the clinician will see</source>
        <translation>Ce que verra le soignant</translation>
    </message>
    <message>
        <source>New share</source>
        <translation>Nouveau partage</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage en cours</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Sharing…</source>
        <translation>Partage…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
</context>
<context>
    <name>NotePage</name>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Your note is added to the patient&apos;s record, signed with your clinician key. The patient sees it, with your name, after their next sync; it cannot be taken back.</source>
        <translation>Votre note est ajoutée au dossier du patient, signée avec votre clé de soignant. Le patient la voit, avec votre nom, après sa prochaine synchronisation&#xa0;; elle ne peut pas être retirée.</translation>
    </message>
    <message>
        <source>Consult note</source>
        <translation>Note de consultation</translation>
    </message>
    <message>
        <source>Adding the note</source>
        <translation>Ajout de la note</translation>
    </message>
    <message>
        <source>Add to the record</source>
        <translation>Ajouter au dossier</translation>
    </message>
</context>
<context>
    <name>OpenGrantPage</name>
    <message>
        <source>Patient&apos;s share</source>
        <translation>Partage du patient</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Close the share</source>
        <translation>Fermer le partage</translation>
    </message>
    <message>
        <source>Forgets everything read from this share on this device</source>
        <translation>Oublie sur cet appareil tout ce qui a été lu de ce partage</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>This share is closed</source>
        <translation>Ce partage est fermé</translation>
    </message>
    <message>
        <source>Nothing of this share is kept on this device.</source>
        <translation>Rien de ce partage n’est gardé sur cet appareil.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>OpenShareCard</name>
    <message>
        <source>Open a patient&apos;s share</source>
        <translation>Ouvrir le partage d’un patient</translation>
    </message>
    <message>
        <source>Scan the QR code the patient shows you, open a photo or screenshot of it, or paste the code&apos;s text. What you read is checked with the network, kept in memory only, and the patient sees that you read it.</source>
        <translation>Scannez le QR code que le patient vous montre, ouvrez-en une photo ou une capture d’écran, ou collez le texte du code. Ce que vous lisez est vérifié auprès du réseau, gardé en mémoire seulement, et le patient voit que vous l’avez lu.</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Code de partage</translation>
    </message>
    <message>
        <source>carnet-share:v1:…</source>
        <translation>carnet-share:v1:…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Opening the share</source>
        <translation>Ouverture du partage</translation>
    </message>
    <message>
        <source>Checking the share with the network and reading its entries…</source>
        <translation>Vérification du partage auprès du réseau et lecture de ses entrées…</translation>
    </message>
    <message>
        <source>A photo or screenshot of the share&apos;s QR code</source>
        <translation>Une photo ou une capture d’écran du QR code du partage</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>PasscodeDialog</name>
    <message>
        <source>Passcode</source>
        <translation>Code secret</translation>
    </message>
    <message>
        <source>The patient protected this share with a passcode. Ask them for it: they tell it to you apart from the code.</source>
        <translation>Le patient a protégé ce partage par un code secret. Demandez-le-lui&#xa0;: il vous le donne à part du code.</translation>
    </message>
    <message>
        <source>Opening the share</source>
        <translation>Ouverture du partage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>PickEntriesPage</name>
    <message>
        <source>Pick entries</source>
        <translation>Choisir des entrées</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Chercher des entrées</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Partager %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>RecipientChoice</name>
    <message>
        <source>Any licensed clinician holding the code</source>
        <translation>Tout soignant agréé qui a le code</translation>
    </message>
    <message>
        <source>Passcode (optional, 4 to 64 characters)</source>
        <translation>Code secret (facultatif, 4 à 64 caractères)</translation>
    </message>
    <message>
        <source>A passcode is set.</source>
        <translation>Un code secret est défini.</translation>
    </message>
    <message>
        <source>A passcode only slows down someone who copied the code: they can try passcodes on their own computer. For sensitive data, name the clinician instead.</source>
        <translation>Un code secret ne fait que ralentir quelqu’un qui a copié le code&#xa0;: il peut essayer des codes secrets sur son propre ordinateur. Pour des données sensibles, nommez plutôt le soignant.</translation>
    </message>
    <message>
        <source>A clinician I pick by name</source>
        <translation>Un soignant que je choisis par son nom</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Soignant</translation>
    </message>
    <message>
        <source>Reading the licensed clinicians from the network…</source>
        <translation>Lecture des soignants agréés sur le réseau…</translation>
    </message>
    <message>
        <source>No licensed clinician is in the registry yet. Use their identity code instead.</source>
        <translation>Aucun soignant agréé n’est encore au registre. Utilisez plutôt son code d’identité.</translation>
    </message>
    <message>
        <source>A clinician&apos;s identity code</source>
        <translation>Le code d’identité d’un soignant</translation>
    </message>
    <message>
        <source>The clinician&apos;s identity code</source>
        <translation>Le code d’identité du soignant</translation>
    </message>
    <message>
        <source>Only that clinician&apos;s key opens this share: a copy of the code is useless to anyone else.</source>
        <translation>Seule la clé de ce soignant ouvre ce partage&#xa0;: une copie du code ne sert à personne d’autre.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan a share code</source>
        <translation>Scanner un code de partage</translation>
    </message>
    <message>
        <source>What the camera sees</source>
        <translation>Ce que voit la caméra</translation>
    </message>
    <message>
        <source>Hold the patient&apos;s QR code in front of the camera. It opens by itself once read.</source>
        <translation>Tenez le QR code du patient devant la caméra. Il s’ouvre de lui-même une fois lu.</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>This device has no camera Carnet can use. Go back and open a photo or screenshot of the patient&apos;s QR code, or paste the code&apos;s text.</source>
        <translation>Cet appareil n’a pas de caméra que Carnet puisse utiliser. Revenez en arrière et ouvrez une photo ou une capture d’écran du QR code du patient, ou collez le texte du code.</translation>
    </message>
    <message>
        <source>Other ways to open it</source>
        <translation>Autres façons de l’ouvrir</translation>
    </message>
    <message>
        <source>Opening the share</source>
        <translation>Ouverture du partage</translation>
    </message>
    <message>
        <source>Opening the share…</source>
        <translation>Ouverture du partage…</translation>
    </message>
</context>
<context>
    <name>ScopeText</name>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, à partir du %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, jusqu’au %2</translation>
    </message>
    <message>
        <source>1 single entry</source>
        <translation>1 entrée choisie</translation>
    </message>
    <message numerus="yes">
        <source>%n single entries</source>
        <translation>
            <numerusform>%n entrée choisie</numerusform>
            <numerusform>%n entrées choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>A named clinician</source>
        <translation>Un soignant nommé</translation>
    </message>
    <message>
        <source>Any licensed clinician with the code and the passcode</source>
        <translation>Tout soignant agréé qui a le code et le code secret</translation>
    </message>
    <message>
        <source>Any licensed clinician with the code</source>
        <translation>Tout soignant agréé qui a le code</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareChoices</name>
    <message>
        <source>What to share</source>
        <translation>Quoi partager</translation>
    </message>
    <message>
        <source>Categories (with none chosen, only the entries you pick)</source>
        <translation>Catégories (si aucune n’est choisie, seulement les entrées que vous choisissez)</translation>
    </message>
    <message>
        <source>Your record has no entries yet.</source>
        <translation>Votre dossier n’a pas encore d’entrées.</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>From day (year-month-day, optional)</source>
        <translation>Du (année-mois-jour, facultatif)</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>To day (year-month-day, optional)</source>
        <translation>Au (année-mois-jour, facultatif)</translation>
    </message>
    <message>
        <source>Pick single entries</source>
        <translation>Choisir des entrées une à une</translation>
    </message>
    <message>
        <source>None picked</source>
        <translation>Aucune choisie</translation>
    </message>
    <message>
        <source>1 picked</source>
        <translation>1 choisie</translation>
    </message>
    <message numerus="yes">
        <source>%n picked</source>
        <translation>
            <numerusform>%n choisie</numerusform>
            <numerusform>%n choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Pour combien de temps</translation>
    </message>
    <message>
        <source>How long the share lasts</source>
        <translation>Durée du partage</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Allow notes and prescriptions</source>
        <translation>Autoriser notes et ordonnances</translation>
    </message>
    <message>
        <source>The clinician can then add notes and prescriptions to a new part of your record, signed with their key. You see them at your next sync.</source>
        <translation>Le soignant peut alors ajouter des notes et des ordonnances dans une nouvelle partie de votre dossier, signées de sa clé. Vous les verrez à votre prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>ShareCodeCard</name>
    <message>
        <source>Show this code to the clinician</source>
        <translation>Montrez ce code au soignant</translation>
    </message>
    <message>
        <source>It works until %1, unless you revoke it first. Anyone who copies it can try to use it, so show it only to the clinician.</source>
        <translation>Il fonctionne jusqu’au %1, sauf si vous le révoquez avant. Quiconque le copie peut essayer de s’en servir&#xa0;: ne le montrez qu’au soignant.</translation>
    </message>
    <message>
        <source>Tell them the passcode separately, not next to the code.</source>
        <translation>Donnez-lui le code secret à part, pas à côté du code.</translation>
    </message>
    <message>
        <source>QR code of the share code</source>
        <translation>QR code du code de partage</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Code de partage</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>carnet::qml::ClinicianViewModel</name>
    <message>
        <source>Licensed as a clinician on this network.</source>
        <translation>Autorisé comme soignant sur ce réseau.</translation>
    </message>
    <message>
        <source>Licensed as a clinician on this network, as %1.</source>
        <translation>Autorisé comme soignant sur ce réseau, sous le nom %1.</translation>
    </message>
    <message>
        <source>Not licensed as a clinician on this network, so patients&apos; shares can&apos;t be opened yet. Give the code above to your licensing authority and ask them to run the command below.</source>
        <translation>Pas autorisé comme soignant sur ce réseau&#xa0;: les partages des patients ne peuvent pas encore être ouverts. Donnez le code ci-dessus à l’autorité qui délivre les autorisations et demandez-lui d’exécuter la commande ci-dessous.</translation>
    </message>
    <message>
        <source>Checking your licence with the network…</source>
        <translation>Vérification de votre autorisation auprès du réseau…</translation>
    </message>
    <message>
        <source>Your licence can&apos;t be checked now. %1</source>
        <translation>Votre autorisation ne peut pas être vérifiée pour l’instant. %1</translation>
    </message>
    <message>
        <source>Dr. First Last</source>
        <translation>Dr Prénom Nom</translation>
    </message>
    <message>
        <source>Paste the share code first (it starts with carnet-share:).</source>
        <translation>Collez d’abord le code de partage (il commence par carnet-share:).</translation>
    </message>
    <message>
        <source>This file can&apos;t be read as an image. Choose a photo or a screenshot of the QR code.</source>
        <translation>Ce fichier ne peut pas être lu comme une image. Choisissez une photo ou une capture d’écran du QR code.</translation>
    </message>
    <message>
        <source>No QR code was found in this image. Try a sharper picture of the whole code, or paste the code&apos;s text.</source>
        <translation>Aucun QR code n’a été trouvé dans cette image. Essayez une image plus nette du code entier, ou collez le texte du code.</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Vérifié à %1</translation>
    </message>
    <message>
        <source>This share has expired. Nothing of it is kept on this device; ask the patient for a new one if you still need it.</source>
        <translation>Ce partage a expiré. Rien n’en est gardé sur cet appareil&#xa0;; demandez-en un nouveau au patient si vous en avez encore besoin.</translation>
    </message>
    <message>
        <source>The patient revoked this share. Nothing of it is kept on this device.</source>
        <translation>Le patient a révoqué ce partage. Rien n’en est gardé sur cet appareil.</translation>
    </message>
    <message>
        <source>Couldn&apos;t check the share again: %1</source>
        <translation>Le partage n’a pas pu être vérifié à nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Écrivez d’abord la note.</translation>
    </message>
    <message>
        <source>Adding the note…</source>
        <translation>Ajout de la note…</translation>
    </message>
    <message>
        <source>The note was not added. %1</source>
        <translation>La note n’a pas été ajoutée. %1</translation>
    </message>
    <message>
        <source>The note was added to the patient&apos;s record, signed by you. The patient sees it after their next sync.</source>
        <translation>La note a été ajoutée au dossier du patient, signée par vous. Le patient la voit après sa prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>carnet::qml::GrantViewModel</name>
    <message>
        <source>Checked with %1 of %2 nodes at block %3</source>
        <translation>Vérifié avec %1 nœuds sur %2 au bloc %3</translation>
    </message>
</context>
<context>
    <name>carnet::qml::GrantsViewModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Not complete yet</source>
        <translation>Pas encore complet</translation>
    </message>
    <message>
        <source>Can&apos;t verify now</source>
        <translation>Vérification impossible pour l’instant</translation>
    </message>
</context>
<context>
    <name>carnet::qml::ShareViewModel</name>
    <message>
        <source>any licensed clinician holding the code and the passcode</source>
        <translation>tout soignant agréé qui a le code et le code secret</translation>
    </message>
    <message>
        <source>any licensed clinician holding the code</source>
        <translation>tout soignant agréé qui a le code</translation>
    </message>
    <message>
        <source>the clinician you picked</source>
        <translation>le soignant que vous avez choisi</translation>
    </message>
    <message>
        <source>the clinician whose identity code you gave</source>
        <translation>le soignant dont vous avez donné le code d’identité</translation>
    </message>
    <message>
        <source>Share with %1 until %2, signed with a sharing key of this wallet on the network set up here.</source>
        <translation>Partager avec %1 jusqu’au %2, signé d’une clé de partage de ce portefeuille sur le réseau configuré ici.</translation>
    </message>
    <message>
        <source>Write the dates as year-month-day, for example 2024-03-01, or leave them empty.</source>
        <translation>Écrivez les dates sous la forme année-mois-jour, par exemple 2024-03-01, ou laissez-les vides.</translation>
    </message>
    <message>
        <source>Choose at least one category for the dates to apply to.</source>
        <translation>Choisissez au moins une catégorie à laquelle les dates s’appliquent.</translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation>Le premier jour vient après le dernier.</translation>
    </message>
    <message>
        <source>Choose at least one category or pick entries from your record.</source>
        <translation>Choisissez au moins une catégorie ou des entrées de votre dossier.</translation>
    </message>
    <message>
        <source>Pick the clinician from the list.</source>
        <translation>Choisissez le soignant dans la liste.</translation>
    </message>
    <message>
        <source>Scan or paste the clinician&apos;s identity code (it starts with carnet-clinician:).</source>
        <translation>Scannez ou collez le code d’identité du soignant (il commence par carnet-clinician:).</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>Rien n’a été partagé.</translation>
    </message>
</context>
<context>
    <name>ResearchWords</name>
    <message>
        <source>The network set up here has no research market, so no study can be listed or joined on it.</source>
        <translation>Le réseau configuré ici n’a pas de marché de la recherche&#xa0;: aucune étude ne peut y être affichée ni rejointe.</translation>
    </message>
    <message>
        <source>The network&apos;s nodes answered, but not enough of them agree, so this can&apos;t be verified now. Nothing was sent; try again later.</source>
        <translation>Les nœuds du réseau ont répondu, mais trop peu sont d’accord pour que cela puisse être vérifié maintenant. Rien n’a été envoyé&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The network knows no such study.</source>
        <translation>Le réseau ne connaît aucune étude de ce nom.</translation>
    </message>
    <message>
        <source>No node gave this study&apos;s terms as the researcher posted them, so it is not shown.</source>
        <translation>Aucun nœud n’a donné les conditions de cette étude telles que le chercheur les a publiées&#xa0;: elle n’est donc pas affichée.</translation>
    </message>
    <message>
        <source>This study&apos;s terms break the rules studies must follow, so it is not shown.</source>
        <translation>Les conditions de cette étude enfreignent les règles que doivent suivre les études&#xa0;: elle n’est donc pas affichée.</translation>
    </message>
    <message>
        <source>This study&apos;s terms don&apos;t match what the ledger keeps of it, so it is not shown.</source>
        <translation>Les conditions de cette étude ne correspondent pas à ce que le registre en garde&#xa0;: elle n’est donc pas affichée.</translation>
    </message>
    <message>
        <source>This study is closed: its deadline has passed. Nothing was sent.</source>
        <translation>Cette étude est close&#xa0;: sa date limite est passée. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Every place in this study is taken. Nothing was sent.</source>
        <translation>Toutes les places de cette étude sont prises. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>You have joined this study already.</source>
        <translation>Vous participez déjà à cette étude.</translation>
    </message>
    <message>
        <source>You have left this study; it cannot be joined again.</source>
        <translation>Vous avez quitté cette étude&#xa0;; vous ne pouvez plus y participer.</translation>
    </message>
    <message>
        <source>You have not joined this study, so there is nothing to leave.</source>
        <translation>Vous ne participez pas à cette étude&#xa0;: il n’y a rien à quitter.</translation>
    </message>
    <message>
        <source>Your record doesn&apos;t have what this study asks for, so it cannot be joined.</source>
        <translation>Votre dossier ne contient pas ce que demande cette étude&#xa0;: vous ne pouvez pas y participer.</translation>
    </message>
    <message>
        <source>Your record changed since the preview. Look at the new preview before joining.</source>
        <translation>Votre dossier a changé depuis l’aperçu. Regardez le nouvel aperçu avant de participer.</translation>
    </message>
    <message>
        <source>The data this study asks for is more than one study can receive (8 MB). Nothing was sent.</source>
        <translation>Les données demandées par cette étude dépassent ce qu’une étude peut recevoir (8 Mo). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>An earlier, interrupted join sent data that is not this dataset, so this join cannot continue.</source>
        <translation>Une participation précédente, interrompue, a envoyé des données qui ne sont pas ce jeu de données&#xa0;: cette participation ne peut pas continuer.</translation>
    </message>
    <message>
        <source>This network charges fees, and study accounts never hold money of yours (so that nobody can link them to you). Nothing was sent.</source>
        <translation>Ce réseau fait payer des frais, et les comptes d’étude ne détiennent jamais votre argent (pour que personne ne puisse les relier à vous). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The research market refused the transaction. Nothing more was sent.</source>
        <translation>Le marché de la recherche a refusé la transaction. Rien de plus n’a été envoyé.</translation>
    </message>
    <message>
        <source>There are no earnings to withdraw.</source>
        <translation>Il n’y a aucun gain à retirer.</translation>
    </message>
    <message>
        <source>This address cannot receive payments. Nothing was sent.</source>
        <translation>Cette adresse ne peut pas recevoir de paiements. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Something went wrong with this study. Nothing was sent; try again.</source>
        <translation>Un problème est survenu avec cette étude. Rien n’a été envoyé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The wallet is locked. Unlock it and try again.</source>
        <translation>Le portefeuille est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No network is set up on this device, so no study can be listed.</source>
        <translation>Aucun réseau n’est configuré sur cet appareil&#xa0;: aucune étude ne peut être affichée.</translation>
    </message>
    <message>
        <source>The network settings file cannot be read, so no study can be listed.</source>
        <translation>Le fichier de réglages du réseau est illisible&#xa0;: aucune étude ne peut être affichée.</translation>
    </message>
    <message>
        <source>The wallet&apos;s database failed. Nothing was sent; try again.</source>
        <translation>La base de données du portefeuille a échoué. Rien n’a été envoyé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The network&apos;s nodes could not be reached. Nothing was sent; try again when you are online.</source>
        <translation>Les nœuds du réseau sont injoignables. Rien n’a été envoyé&#xa0;; réessayez une fois en ligne.</translation>
    </message>
    <message>
        <source>A study could not be checked: no node gives its terms as posted.</source>
        <translation>Une étude n’a pas pu être vérifiée&#xa0;: aucun nœud ne donne ses conditions telles que publiées.</translation>
    </message>
    <message>
        <source>A study could not be checked: its terms break the rules.</source>
        <translation>Une étude n’a pas pu être vérifiée&#xa0;: ses conditions enfreignent les règles.</translation>
    </message>
    <message>
        <source>A study could not be checked: its terms don&apos;t match the ledger.</source>
        <translation>Une étude n’a pas pu être vérifiée&#xa0;: ses conditions ne correspondent pas au registre.</translation>
    </message>
    <message>
        <source>A study could not be checked: the nodes don&apos;t agree about it now.</source>
        <translation>Une étude n’a pas pu être vérifiée&#xa0;: les nœuds ne sont pas d’accord à son sujet pour l’instant.</translation>
    </message>
    <message>
        <source>Enter the address to send your earnings to.</source>
        <translation>Saisissez l’adresse à laquelle envoyer vos gains.</translation>
    </message>
    <message>
        <source>An address is 0x followed by 40 digits and letters a to f.</source>
        <translation>Une adresse s’écrit 0x suivi de 40 chiffres et lettres de a à f.</translation>
    </message>
    <message>
        <source>This address&apos;s capital letters don&apos;t match its checksum: it may be mistyped. Copy it again.</source>
        <translation>Les majuscules de cette adresse ne correspondent pas à sa somme de contrôle&#xa0;: elle est peut-être mal saisie. Copiez-la à nouveau.</translation>
    </message>
    <message>
        <source>This is the zero address: nobody can spend what is sent there.</source>
        <translation>C’est l’adresse zéro&#xa0;: personne ne peut dépenser ce qui y est envoyé.</translation>
    </message>
</context>
<context>
    <name>ResearchRows</name>
    <message>
        <source>%1 ETH</source>
        <translation>%1 ETH</translation>
    </message>
    <message>
        <source>%1 wei</source>
        <translation>%1 wei</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toutes dates</translation>
    </message>
    <message>
        <source>licensed researcher</source>
        <translation>chercheur agréé</translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation>non agréé</translation>
    </message>
    <message>
        <source>can&apos;t verify the licence now</source>
        <translation>agrément invérifiable pour l’instant</translation>
    </message>
    <message>
        <source>Your record has what this study asks for.</source>
        <translation>Votre dossier contient ce que demande cette étude.</translation>
    </message>
    <message>
        <source>Your record doesn&apos;t have what this study asks for.</source>
        <translation>Votre dossier ne contient pas ce que demande cette étude.</translation>
    </message>
    <message>
        <source>Your record doesn&apos;t have what this study asks for (it needs LOINC %1).</source>
        <translation>Votre dossier ne contient pas ce que demande cette étude (il lui faut LOINC %1).</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Quittée</translation>
    </message>
    <message>
        <source>Joining was interrupted: join again to send the rest.</source>
        <translation>La participation a été interrompue&#xa0;: participez à nouveau pour envoyer le reste.</translation>
    </message>
    <message>
        <source>A researcher with no registry name</source>
        <translation>Un chercheur sans nom au registre</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n places left</source>
        <translation>
            <numerusform>%1 place libre sur %n</numerusform>
            <numerusform>%1 places libres sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>can&apos;t verify now</source>
        <translation>invérifiable pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::qml::ResearchViewModel</name>
    <message>
        <source> (some can&apos;t be verified now)</source>
        <translation> (certains invérifiables pour l’instant)</translation>
    </message>
    <message>
        <source>Joined: you&apos;ll be paid %1.</source>
        <translation>Participation enregistrée&#xa0;: vous serez payé %1.</translation>
    </message>
    <message>
        <source>You left the study. Nothing more will be shared under its pseudonym.</source>
        <translation>Vous avez quitté l’étude. Plus rien ne sera partagé sous son pseudonyme.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %2 (%n transactions).</source>
        <translation>
            <numerusform>%1 envoyé à %2 (%n transaction).</numerusform>
            <numerusform>%1 envoyé à %2 (%n transactions).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResearchPage</name>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Researchers pay to study records like yours. If you join, the study receives only what you preview, with your name and other details that identify you removed, under a pseudonym made for that study alone.</source>
        <translation>Des chercheurs paient pour étudier des dossiers comme le vôtre. Si vous participez, l’étude ne reçoit que ce que vous voyez dans l’aperçu, sans votre nom ni les autres détails qui vous identifient, sous un pseudonyme créé pour cette seule étude.</translation>
    </message>
    <message>
        <source>Open studies</source>
        <translation>Études ouvertes</translation>
    </message>
    <message>
        <source>Checking the studies with the network</source>
        <translation>Vérification des études auprès du réseau</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>No studies yet</source>
        <translation>Aucune étude pour l’instant</translation>
    </message>
    <message>
        <source>Reading the studies…</source>
        <translation>Lecture des études…</translation>
    </message>
    <message>
        <source>Studies that licensed researchers post on your network will appear here, with what they ask for and what they pay. Nothing is sent unless you join.</source>
        <translation>Les études que des chercheurs agréés publient sur votre réseau apparaîtront ici, avec ce qu’elles demandent et ce qu’elles paient. Rien n’est envoyé sans votre participation.</translation>
    </message>
    <message>
        <source>Leave “%1”? Leaving stops any further sharing under this study&apos;s pseudonym. The researcher keeps the dataset already sent, and its encrypted copy stays on the ledger; what you were paid stays yours.</source>
        <translation>Quitter «&#xa0;%1&#xa0;»&#xa0;? Quitter arrête tout partage ultérieur sous le pseudonyme de cette étude. Le chercheur garde le jeu de données déjà envoyé, et sa copie chiffrée reste dans le registre&#xa0;; ce qui vous a été payé reste à vous.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Send %1 to %2?</source>
        <translation>Envoyer %1 à %2&#xa0;?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>StudyCard</name>
    <message>
        <source>LOINC %1</source>
        <translation>LOINC %1</translation>
    </message>
    <message>
        <source>age, gender and region</source>
        <translation>âge, sexe et région</translation>
    </message>
    <message>
        <source>free text, if you agree</source>
        <translation>texte libre, si vous l’acceptez</translation>
    </message>
    <message>
        <source>By %1 · %2</source>
        <translation>Par %1 · %2</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <source>Read the whole purpose</source>
        <translation>Lire tout l’objectif</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Paie</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Earnings: %1</source>
        <translation>Gains&#xa0;: %1</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Stop sharing under this study&apos;s pseudonym; the passphrase is asked first</source>
        <translation>Arrêter le partage sous le pseudonyme de cette étude&#xa0;; la phrase secrète est demandée d’abord</translation>
    </message>
    <message>
        <source>Preview and join</source>
        <translation>Aperçu et participation</translation>
    </message>
    <message>
        <source>See exactly what this study would receive before joining</source>
        <translation>Voir exactement ce que cette étude recevrait avant de participer</translation>
    </message>
</context>
<context>
    <name>EarningsCard</name>
    <message>
        <source>Earnings</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>When you join a study, what it pays appears here. You choose the address it is sent to.</source>
        <translation>Quand vous participez à une étude, ce qu’elle paie apparaît ici. Vous choisissez l’adresse où l’envoyer.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Send your earnings to an address you choose; the passphrase is asked first</source>
        <translation>Envoyer vos gains à l’adresse de votre choix&#xa0;; la phrase secrète est demandée d’abord</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw your earnings</source>
        <translation>Retirer vos gains</translation>
    </message>
    <message>
        <source>Everything your studies paid, %1, is sent to this address, one transaction per study.</source>
        <translation>Tout ce que vos études ont payé, %1, est envoyé à cette adresse, une transaction par étude.</translation>
    </message>
    <message>
        <source>Address (0x…)</source>
        <translation>Adresse (0x…)</translation>
    </message>
    <message>
        <source>Address to send to</source>
        <translation>Adresse de destination</translation>
    </message>
    <message>
        <source>Paying several studies to one address lets anyone see that these studies were joined by the same person. Use a different address for each study if that matters to you.</source>
        <translation>Recevoir les paiements de plusieurs études sur une même adresse permet à chacun de voir qu’une même personne a participé à ces études. Utilisez une adresse différente pour chaque étude si cela compte pour vous.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>StudyPreviewPage</name>
    <message>
        <source>What the study will receive</source>
        <translation>Ce que l’étude recevra</translation>
    </message>
    <message>
        <source>If you join, %1 receives exactly this, under a pseudonym made for this study alone, and pays you %2.</source>
        <translation>Si vous participez, %1 reçoit exactement ceci, sous un pseudonyme créé pour cette seule étude, et vous paie %2.</translation>
    </message>
    <message>
        <source>Also share notes and free text</source>
        <translation>Partager aussi les notes et le texte libre</translation>
    </message>
    <message>
        <source>Notes and free text can contain names and other details that identify you. Only share them if you are comfortable with that.</source>
        <translation>Les notes et le texte libre peuvent contenir des noms et d’autres détails qui vous identifient. Ne les partagez que si cela vous convient.</translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>Préparation de l’aperçu</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out whole (a kind a study never receives)</source>
        <translation>
            <numerusform>%n écartée entièrement (un type qu’une étude ne reçoit jamais)</numerusform>
            <numerusform>%n écartées entièrement (un type qu’une étude ne reçoit jamais)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the exact bytes</source>
        <translation>Afficher les octets exacts</translation>
    </message>
    <message>
        <source>Sending your dataset</source>
        <translation>Envoi de votre jeu de données</translation>
    </message>
    <message>
        <source>Sending your dataset…</source>
        <translation>Envoi de votre jeu de données…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Participer</translation>
    </message>
    <message>
        <source>Send this dataset to the study; the passphrase is asked first</source>
        <translation>Envoyer ce jeu de données à l’étude&#xa0;; la phrase secrète est demandée d’abord</translation>
    </message>
    <message>
        <source>Join “%1”? This dataset is encrypted to the researcher and sent under the study&apos;s pseudonym; it cannot be recalled. You&apos;ll be paid %2.</source>
        <translation>Participer à «&#xa0;%1&#xa0;»&#xa0;? Ce jeu de données est chiffré pour le chercheur et envoyé sous le pseudonyme de l’étude&#xa0;; il ne peut pas être rappelé. Vous serez payé %2.</translation>
    </message>
</context>
<context>
    <name>PreviewResourceView</name>
    <message>
        <source>Study id: %1</source>
        <translation>Identifiant dans l’étude&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed to protect your identity (%n)</source>
        <translation>
            <numerusform>Retiré pour protéger votre identité (%n)</numerusform>
            <numerusform>Retirés pour protéger votre identité (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetBytes</name>
    <message>
        <source>Dataset hash: %1</source>
        <translation>Empreinte du jeu de données&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Size: %1, sent in %n encrypted parts</source>
        <translation>
            <numerusform>Taille&#xa0;: %1, envoyé en %n partie chiffrée</numerusform>
            <numerusform>Taille&#xa0;: %1, envoyé en %n parties chiffrées</numerusform>
        </translation>
    </message>
    <message>
        <source>The exact bytes of the dataset</source>
        <translation>Les octets exacts du jeu de données</translation>
    </message>
</context>
<context>
    <name>EmergencyCard</name>
    <message>
        <source>Emergency card: scan in an emergency</source>
        <translation>Carte d’urgence : à scanner en cas d’urgence</translation>
    </message>
    <message>
        <source>Scan in an emergency</source>
        <translation>À scanner en cas d’urgence</translation>
    </message>
    <message>
        <source>My medical summary: conditions, medicines, allergies. Opens in any phone&apos;s camera or web browser.</source>
        <translation>Mon résumé médical : maladies, médicaments, allergies. S’ouvre avec l’appareil photo de tout téléphone ou dans un navigateur web.</translation>
    </message>
    <message>
        <source>Made on %1 · valid until %2</source>
        <translation>Faite le %1 · valable jusqu’au %2</translation>
    </message>
</context>
<context>
    <name>EmergencyNoticeBanner</name>
    <message>
        <source>Your emergency card&apos;s openings could not be checked</source>
        <translation>Les ouvertures de votre carte d’urgence n’ont pas pu être vérifiées</translation>
    </message>
    <message numerus="yes">
        <source>Your emergency card was opened %n times</source>
        <translation>
            <numerusform>Votre carte d’urgence a été ouverte %n fois</numerusform>
            <numerusform>Votre carte d’urgence a été ouverte %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>someone who gave no name</source>
        <translation>quelqu’un qui n’a pas donné de nom</translation>
    </message>
    <message>
        <source>The names are what the readers typed. If you did not expect this, revoke the card in Share and make a new one.</source>
        <translation>Les noms sont ceux que les lecteurs ont saisis. Si vous ne vous y attendiez pas, révoquez la carte dans Partager et faites-en une nouvelle.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Your emergency card was opened once</source>
        <translation>Votre carte d’urgence a été ouverte une fois</translation>
    </message>
</context>
<context>
    <name>LinkAccessRow</name>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 : %2, le %3</translation>
    </message>
    <message>
        <source>Someone who gave no name</source>
        <translation>Quelqu’un qui n’a pas donné de nom</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
</context>
<context>
    <name>LinkChoices</name>
    <message>
        <source>An emergency card is a QR code for your lock screen or wallet: whoever scans it sees your summary (conditions, medicines, allergies) in a web browser, with no passcode. Each time it is opened, you are told at your next unlock.</source>
        <translation>Une carte d’urgence est un code QR pour votre écran de verrouillage ou votre portefeuille : qui le scanne voit votre résumé (maladies, médicaments, allergies) dans un navigateur web, sans code secret. Chaque ouverture vous est signalée au déverrouillage suivant.</translation>
    </message>
    <message>
        <source>The doctor scans the QR code or opens the link in any web browser; the record is encrypted, and the key is only in the link.</source>
        <translation>Le médecin scanne le code QR ou ouvre le lien dans n’importe quel navigateur web ; le dossier est chiffré, et la clé n’est que dans le lien.</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Quoi envoyer</translation>
    </message>
    <message>
        <source>A part of my record</source>
        <translation>Une partie de mon dossier</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>From day (year-month-day, optional)</source>
        <translation>Du (année-mois-jour, facultatif)</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>To day (year-month-day, optional)</source>
        <translation>Au (année-mois-jour, facultatif)</translation>
    </message>
    <message>
        <source>A summary of my whole record (IPS)</source>
        <translation>Un résumé de tout mon dossier (IPS)</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Pour combien de temps</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 ans</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the link lasts</source>
        <translation>Durée de validité du lien</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Code secret</translation>
    </message>
    <message>
        <source>Passcode (optional, 4 to 64 characters)</source>
        <translation>Code secret (facultatif, 4 à 64 caractères)</translation>
    </message>
    <message>
        <source>A passcode is set. Tell it to the doctor yourself, not next to the QR code.</source>
        <translation>Un code secret est défini. Dites-le vous-même au médecin, pas à côté du code QR.</translation>
    </message>
    <message>
        <source>With a passcode, the share host refuses the link after a few wrong tries.</source>
        <translation>Avec un code secret, l’hébergeur de partage refuse le lien après quelques essais erronés.</translation>
    </message>
    <message>
        <source>Keep it up to date (needs a passcode)</source>
        <translation>Le tenir à jour (code secret requis)</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Nom sur la carte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Your name (optional; the doctor sees it)</source>
        <translation>Votre nom (facultatif ; le médecin le voit)</translation>
    </message>
    <message>
        <source>Label (optional, shown to the doctor)</source>
        <translation>Intitulé (facultatif, montré au médecin)</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Création du lien…</translation>
    </message>
    <message>
        <source>Make the card</source>
        <translation>Faire la carte</translation>
    </message>
    <message>
        <source>Make the link</source>
        <translation>Créer le lien</translation>
    </message>
</context>
<context>
    <name>LinkCodeCard</name>
    <message>
        <source>Show this QR code to the doctor</source>
        <translation>Montrez ce code QR au médecin</translation>
    </message>
    <message>
        <source>%1, until %2, unless you revoke it first. Anyone who has the link can open it, so give it only to the doctor.</source>
        <translation>%1, jusqu’au %2, sauf si vous le révoquez avant. Quiconque a le lien peut l’ouvrir : ne le donnez qu’au médecin.</translation>
    </message>
    <message>
        <source>Tell them the passcode separately.</source>
        <translation>Donnez-lui le code secret à part.</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>Code QR du lien</translation>
    </message>
    <message>
        <source>The link</source>
        <translation>Le lien</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>LinkDetailPage</name>
    <message>
        <source>Emergency card</source>
        <translation>Carte d’urgence</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Wrong passcodes left before the host refuses the link: %1</source>
        <translation>Codes secrets erronés restants avant que l’hébergeur refuse le lien : %1</translation>
    </message>
    <message>
        <source>Made before this wallet was restored: its key is not here, so it can&apos;t be shown again. You can still revoke it and see who opened it.</source>
        <translation>Créé avant la restauration de ce portefeuille : sa clé n’est pas ici, il ne peut donc pas être réaffiché. Vous pouvez toujours le révoquer et voir qui l’a ouvert.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Réafficher</translation>
    </message>
    <message>
        <source>Show the QR code and the link again; the passphrase is asked first</source>
        <translation>Réafficher le code QR et le lien ; la phrase de passe est demandée d’abord</translation>
    </message>
    <message>
        <source>Show this link again? Anyone who sees the QR code or the link can open it.</source>
        <translation>Réafficher ce lien ? Quiconque voit le code QR ou le lien peut l’ouvrir.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Stop this link now; the passphrase is asked first</source>
        <translation>Arrêter ce lien maintenant ; la phrase de passe est demandée d’abord</translation>
    </message>
    <message>
        <source>Revoke this link? The share host refuses it from now on. What was already opened cannot be taken back.</source>
        <translation>Révoquer ce lien ? L’hébergeur de partage le refuse dès maintenant. Ce qui a déjà été ouvert ne peut pas être repris.</translation>
    </message>
    <message>
        <source>Who opened it</source>
        <translation>Qui l’a ouvert</translation>
    </message>
    <message>
        <source>Asking the share host…</source>
        <translation>Interrogation de l’hébergeur de partage…</translation>
    </message>
    <message>
        <source>Nobody has opened this link yet. Each opening is listed here with the name the reader typed, which the host cannot check.</source>
        <translation>Personne n’a encore ouvert ce lien. Chaque ouverture est listée ici avec le nom saisi par le lecteur, que l’hébergeur ne peut pas vérifier.</translation>
    </message>
    <message>
        <source>The names are what the readers typed: the share host cannot check them.</source>
        <translation>Les noms sont ceux que les lecteurs ont saisis : l’hébergeur de partage ne peut pas les vérifier.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>Passcode</source>
        <translation>Code secret</translation>
    </message>
    <message>
        <source>Kept up to date</source>
        <translation>Tenu à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>Openings unknown now</source>
        <translation>Ouvertures inconnues pour l’instant</translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation>Pas encore ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n times, last %1</source>
        <translation>
            <numerusform>Ouvert %n fois, dernière le %1</numerusform>
            <numerusform>Ouvert %n fois, dernière le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>Opened once, %1</source>
        <translation>Ouvert une fois, le %1</translation>
    </message>
</context>
<context>
    <name>LinkShownView</name>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistrée sous %1</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>L’image n’a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>Print it for your wallet, or save it as your phone&apos;s lock-screen image. Anyone who scans it can read your summary until you revoke it; you will see who opened it at your next unlock.</source>
        <translation>Imprimez-la pour votre portefeuille, ou enregistrez-la comme image d’écran de verrouillage. Quiconque la scanne peut lire votre résumé jusqu’à ce que vous la révoquiez ; vous verrez qui l’a ouverte au déverrouillage suivant.</translation>
    </message>
    <message>
        <source>Save as image</source>
        <translation>Enregistrer en image</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Save the emergency card</source>
        <translation>Enregistrer la carte d’urgence</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>LinkWords</name>
    <message>
        <source>The network set up here names no share host, so no link can be made. Nothing was sent.</source>
        <translation>Le réseau configuré ici ne nomme aucun hébergeur de partage : aucun lien ne peut être créé. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The share host&apos;s address is not a secure (https) address, so no link was made.</source>
        <translation>L’adresse de l’hébergeur de partage n’est pas une adresse sécurisée (https) : aucun lien n’a été créé.</translation>
    </message>
    <message>
        <source>A label has at most 80 characters, on one line.</source>
        <translation>Un intitulé compte au plus 80 caractères, sur une ligne.</translation>
    </message>
    <message>
        <source>A link lasts from 1 hour to 30 days; an emergency card from 1 day to 2 years.</source>
        <translation>Un lien dure de 1 heure à 30 jours ; une carte d’urgence de 1 jour à 2 ans.</translation>
    </message>
    <message>
        <source>A passcode has 4 to 64 characters, and an emergency card has none.</source>
        <translation>Un code secret compte de 4 à 64 caractères, et une carte d’urgence n’en a aucun.</translation>
    </message>
    <message>
        <source>A link you keep up to date needs a passcode. Add one, or turn off keeping it up to date.</source>
        <translation>Un lien tenu à jour demande un code secret. Ajoutez-en un, ou désactivez la mise à jour.</translation>
    </message>
    <message>
        <source>This choice of what to send is refused: %1.</source>
        <translation>Ce choix de ce qu’il faut envoyer est refusé : %1.</translation>
    </message>
    <message>
        <source>No verified entry matches this choice, so there is nothing to send. Choose other categories or dates.</source>
        <translation>Aucune entrée vérifiée ne correspond à ce choix : il n’y a rien à envoyer. Choisissez d’autres catégories ou dates.</translation>
    </message>
    <message>
        <source>This part of your record (%1) is larger than the share host accepts. Choose fewer categories or a shorter period.</source>
        <translation>Cette partie de votre dossier (%1) dépasse ce que l’hébergeur de partage accepte. Choisissez moins de catégories ou une période plus courte.</translation>
    </message>
    <message>
        <source>The share host could not be reached. Nothing was changed; try again when you are online.</source>
        <translation>L’hébergeur de partage est injoignable. Rien n’a changé ; réessayez une fois en ligne.</translation>
    </message>
    <message>
        <source>The share host refused (error %1). Nothing was changed; try again later.</source>
        <translation>L’hébergeur de partage a refusé (erreur %1). Rien n’a changé ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The share host&apos;s answer is not what Carnet expects, so it was not used. Nothing was changed.</source>
        <translation>La réponse de l’hébergeur de partage n’est pas celle qu’attend Carnet : elle n’a pas été utilisée. Rien n’a changé.</translation>
    </message>
    <message>
        <source>This link is not in this wallet.</source>
        <translation>Ce lien n’est pas dans ce portefeuille.</translation>
    </message>
    <message>
        <source>This link is revoked already: nobody can open it any more.</source>
        <translation>Ce lien est déjà révoqué : plus personne ne peut l’ouvrir.</translation>
    </message>
    <message>
        <source>Only a link you keep up to date can be sent again.</source>
        <translation>Seul un lien tenu à jour peut être renvoyé.</translation>
    </message>
    <message>
        <source>This link was made before this wallet was restored, so its key is not here and it can&apos;t be shown. You can still revoke it and see who opened it.</source>
        <translation>Ce lien a été créé avant la restauration de ce portefeuille : sa clé n’est pas ici et il ne peut pas être affiché. Vous pouvez toujours le révoquer et voir qui l’a ouvert.</translation>
    </message>
    <message>
        <source>Something went wrong with this link. Nothing was changed; try again.</source>
        <translation>Un problème est survenu avec ce lien. Rien n’a changé ; réessayez.</translation>
    </message>
    <message>
        <source>The wallet is locked. Unlock it and try again.</source>
        <translation>Le portefeuille est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No network is set up on this device, so it names no share host for links.</source>
        <translation>Aucun réseau n’est configuré sur cet appareil : aucun hébergeur de partage n’est donc connu pour les liens.</translation>
    </message>
    <message>
        <source>The network settings file cannot be read, so no link can be made.</source>
        <translation>Le fichier de réglages du réseau est illisible : aucun lien ne peut être créé.</translation>
    </message>
    <message>
        <source>The wallet&apos;s database failed. Nothing was sent; try again.</source>
        <translation>La base de données du portefeuille a échoué. Rien n’a été envoyé ; réessayez.</translation>
    </message>
    <message>
        <source>Record copy</source>
        <translation>Copie du dossier</translation>
    </message>
    <message>
        <source>Summary (IPS)</source>
        <translation>Résumé (IPS)</translation>
    </message>
    <message>
        <source>Emergency card</source>
        <translation>Carte d’urgence</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Disabled: too many wrong passcodes</source>
        <translation>Désactivé : trop de codes secrets erronés</translation>
    </message>
    <message>
        <source>Share host unreachable</source>
        <translation>Hébergeur de partage injoignable</translation>
    </message>
    <message>
        <source>opened the link</source>
        <translation>a ouvert le lien</translation>
    </message>
    <message>
        <source>downloaded the record</source>
        <translation>a téléchargé le dossier</translation>
    </message>
    <message>
        <source>downloaded the record directly</source>
        <translation>a téléchargé le dossier directement</translation>
    </message>
    <message>
        <source>tried a wrong passcode</source>
        <translation>a essayé un code secret erroné</translation>
    </message>
</context>
<context>
    <name>LinksSection</name>
    <message>
        <source>Links for doctors without the app</source>
        <translation>Liens pour les médecins sans l’application</translation>
    </message>
    <message>
        <source>A SMART Health Link is an encrypted copy that any doctor opens in a web browser, without Carnet: a QR code to scan or a link to paste.</source>
        <translation>Un lien SMART Health Link est une copie chiffrée que tout médecin ouvre dans un navigateur web, sans Carnet : un code QR à scanner ou un lien à coller.</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>Emergency card</source>
        <translation>Carte d’urgence</translation>
    </message>
    <message>
        <source>Checking your links with the share host</source>
        <translation>Vérification de vos liens auprès de l’hébergeur de partage</translation>
    </message>
    <message>
        <source>No link yet. A link lasts as long as you choose, and you can revoke it at any moment.</source>
        <translation>Aucun lien pour l’instant. Un lien dure le temps que vous choisissez, et vous pouvez le révoquer à tout moment.</translation>
    </message>
    <message>
        <source>Reading your links…</source>
        <translation>Lecture de vos liens…</translation>
    </message>
</context>
<context>
    <name>NewLinkPage</name>
    <message>
        <source>Emergency card</source>
        <translation>Carte d’urgence</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>New emergency card</source>
        <translation>Nouvelle carte d’urgence</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>Make the card</source>
        <translation>Faire la carte</translation>
    </message>
    <message>
        <source>Make the link</source>
        <translation>Créer le lien</translation>
    </message>
</context>
<context>
    <name>carnet::qml::LinksViewModel</name>
    <message>
        <source>Write the dates as year-month-day, for example 2024-03-01, or leave them empty.</source>
        <translation>Écrivez les dates sous la forme année-mois-jour, par exemple 2024-03-01, ou laissez-les vides.</translation>
    </message>
    <message>
        <source>Choose at least one category, or send the summary instead.</source>
        <translation>Choisissez au moins une catégorie, ou envoyez plutôt le résumé.</translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation>Le premier jour vient après le dernier.</translation>
    </message>
    <message>
        <source>Emergency card</source>
        <translation>Carte d’urgence</translation>
    </message>
    <message>
        <source>Emergency card: %1</source>
        <translation>Carte d’urgence : %1</translation>
    </message>
    <message>
        <source>A passcode has 4 to 64 characters.</source>
        <translation>Un code secret compte de 4 à 64 caractères.</translation>
    </message>
    <message>
        <source>A link you keep up to date needs a passcode.</source>
        <translation>Un lien tenu à jour demande un code secret.</translation>
    </message>
    <message>
        <source>The label is %1 characters long; a label has at most 80.</source>
        <translation>L’intitulé compte %1 caractères ; un intitulé en compte au plus 80.</translation>
    </message>
    <message>
        <source>A label is one line of text.</source>
        <translation>Un intitulé tient sur une ligne.</translation>
    </message>
    <message>
        <source>a copy of the part of your record you chose</source>
        <translation>une copie de la partie de votre dossier que vous avez choisie</translation>
    </message>
    <message>
        <source>a summary of your whole record (IPS)</source>
        <translation>un résumé de tout votre dossier (IPS)</translation>
    </message>
    <message>
        <source>your emergency card (a summary of your whole record, no passcode)</source>
        <translation>votre carte d’urgence (un résumé de tout votre dossier, sans code secret)</translation>
    </message>
    <message>
        <source>Make a link to %1, encrypted, on the share host of the network set up here. Anyone holding the link can open it until %2, unless you revoke it first.</source>
        <translation>Créer un lien vers %1, chiffré, sur l’hébergeur de partage du réseau configuré ici. Quiconque a le lien peut l’ouvrir jusqu’au %2, sauf si vous le révoquez avant.</translation>
    </message>
</context>
</TS>
