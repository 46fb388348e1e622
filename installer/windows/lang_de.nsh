; German texts of the Werkstatt installer and uninstaller. Every id here has an English twin in lang_en.nsh
; (tests/test_installer_windows.py checks that). Saved as UTF-8 with BOM so that makensis reads the umlauts
; the same way on Linux and on Windows.

LangString SecProgramName ${LANG_GERMAN} "Werkstatt (Programm)"
LangString SecProgramDesc ${LANG_GERMAN} "Das Programm und ein Eintrag im Startmenü. Wird immer installiert."
LangString SecAssocName ${LANG_GERMAN} "Werkstatt-Pakete (.werkstatt) mit Werkstatt öffnen"
LangString SecAssocDesc ${LANG_GERMAN} "Ein Doppelklick auf eine .werkstatt-Datei öffnet Werkstatt und bietet an, das Paket zu importieren."
LangString SecDesktopName ${LANG_GERMAN} "Verknüpfung auf dem Desktop"
LangString SecDesktopDesc ${LANG_GERMAN} "Legt zusätzlich eine Verknüpfung „Werkstatt“ auf dem Desktop an."
LangString SecFirewallName ${LANG_GERMAN} "Netzwerkfreigabe für Handys im Raum (Firewall-Regel)"
LangString SecFirewallDesc ${LANG_GERMAN} "Erlaubt Handys im selben privaten Netz (WLAN oder Hotspot), Werkstatt auf TCP 8730–8739 zu erreichen, damit Teilnehmende per Handy abstimmen können. Nur bei Installation für alle Benutzer."

LangString AssocDescription ${LANG_GERMAN} "Werkstatt-Paket"
LangString ShortcutComment ${LANG_GERMAN} "Prozesswerkstätten moderieren"

LangString MsgRequires64Bit ${LANG_GERMAN} "Werkstatt benötigt ein 64-Bit-Windows. Die Installation wird abgebrochen."
LangString MsgAllUsersNotPossible ${LANG_GERMAN} "Für eine Installation für alle Benutzer dieses Computers sind Administratorrechte nötig. Starten Sie das Installationsprogramm als Administrator oder installieren Sie nur für sich selbst (/CurrentUser)."
LangString MsgNeedAdminToUninstall ${LANG_GERMAN} "Werkstatt ist für alle Benutzer dieses Computers installiert. Zum Entfernen sind Administratorrechte nötig."
LangString MsgAppRunning ${LANG_GERMAN} "Werkstatt läuft noch.$\r$\n$\r$\nBitte schließen Sie alle Werkstatt-Fenster und klicken Sie dann auf „Wiederholen“."
LangString MsgDirNotEmpty ${LANG_GERMAN} "Der Ordner „$INSTDIR“ enthält bereits andere Dateien.$\r$\n$\r$\nWerkstatt braucht einen eigenen Ordner, damit die Deinstallation nur Werkstatt entfernt. Bitte wählen Sie einen leeren oder neuen Ordner."
LangString MsgDirIsDataDir ${LANG_GERMAN} "In „$INSTDIR“ liegen Ihre Werkstatt-Daten. Bitte wählen Sie einen anderen Ordner für das Programm."

LangString DataPageTitle ${LANG_GERMAN} "Ihre Workshops und Einstellungen"
LangString DataPageSubtitle ${LANG_GERMAN} "Wählen Sie, ob Ihre Daten erhalten bleiben."
LangString DataPageInfo ${LANG_GERMAN} "Entfernt wird nur das Programm. Ihre Daten bleiben erhalten, damit eine spätere Installation sie wiederfindet:$\r$\n$\r$\n• $DataDir$\r$\n   die lokale Datenbank mit allen Workshops, Prozessen und Abstimmungen sowie die Fehlerberichte$\r$\n• $SettingsDir und HKCU\Software\werkstatt$\r$\n   Ihre Einstellungen (Sprache, zuletzt geöffnete Workshops, Projektor)$\r$\n$\r$\nDateien, die Sie selbst gespeichert haben (z. B. exportierte Protokolle und Pakete), und die Daten anderer Benutzerkonten werden nie gelöscht."
LangString DataPageCheckbox ${LANG_GERMAN} "Auch meine Workshops und Einstellungen löschen (kann nicht rückgängig gemacht werden)"
LangString MsgConfirmRemoveData ${LANG_GERMAN} "Wirklich alle Ihre Workshops, Prozesse und Einstellungen endgültig löschen?$\r$\n$\r$\n$DataDir$\r$\n$SettingsDir$\r$\n$\r$\nDas kann nicht rückgängig gemacht werden."
