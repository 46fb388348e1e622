; English texts of the Werkstatt installer and uninstaller. Every id here has a German twin in lang_de.nsh
; (tests/test_installer_windows.py checks that). Saved as UTF-8 with BOM, like lang_de.nsh.

LangString SecProgramName ${LANG_ENGLISH} "Werkstatt (program)"
LangString SecProgramDesc ${LANG_ENGLISH} "The program and a Start menu entry. Always installed."
LangString SecAssocName ${LANG_ENGLISH} "Open Werkstatt packages (.werkstatt) with Werkstatt"
LangString SecAssocDesc ${LANG_ENGLISH} "Double-clicking a .werkstatt file opens Werkstatt and offers to import the package."
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopDesc ${LANG_ENGLISH} "Also puts a “Werkstatt” shortcut on the desktop."
LangString SecFirewallName ${LANG_ENGLISH} "Network access for phones in the room (firewall rule)"
LangString SecFirewallDesc ${LANG_ENGLISH} "Lets phones in the same private network (Wi-Fi or hotspot) reach Werkstatt on TCP 8730–8739, so that participants can vote from their phones. Only for an installation for all users."

LangString AssocDescription ${LANG_ENGLISH} "Werkstatt package"
LangString ShortcutComment ${LANG_ENGLISH} "Facilitate process workshops"

LangString MsgRequires64Bit ${LANG_ENGLISH} "Werkstatt needs a 64-bit Windows. Setup will stop."
LangString MsgAllUsersNotPossible ${LANG_ENGLISH} "Installing for all users of this computer needs administrator rights. Run setup as an administrator, or install for yourself only (/CurrentUser)."
LangString MsgNeedAdminToUninstall ${LANG_ENGLISH} "Werkstatt is installed for all users of this computer. Removing it needs administrator rights."
LangString MsgAppRunning ${LANG_ENGLISH} "Werkstatt is still running.$\r$\n$\r$\nPlease close all Werkstatt windows, then click “Retry”."
LangString MsgDirNotEmpty ${LANG_ENGLISH} "The folder “$INSTDIR” already holds other files.$\r$\n$\r$\nWerkstatt needs a folder of its own, so that uninstalling removes only Werkstatt. Please choose an empty or new folder."
LangString MsgDirIsDataDir ${LANG_ENGLISH} "“$INSTDIR” holds your Werkstatt data. Please choose another folder for the program."

LangString DataPageTitle ${LANG_ENGLISH} "Your workshops and settings"
LangString DataPageSubtitle ${LANG_ENGLISH} "Choose whether your data is kept."
LangString DataPageInfo ${LANG_ENGLISH} "Only the program is removed. Your data is kept, so that a later installation finds it again:$\r$\n$\r$\n• $DataDir$\r$\n   the local database with all workshops, processes and votes, and the error reports$\r$\n• $SettingsDir and HKCU\Software\werkstatt$\r$\n   your settings (language, recently opened workshops, projector)$\r$\n$\r$\nFiles you saved yourself (for example exported protocols and packages) and the data of other user accounts are never deleted."
LangString DataPageCheckbox ${LANG_ENGLISH} "Also delete my workshops and settings (cannot be undone)"
LangString MsgConfirmRemoveData ${LANG_ENGLISH} "Really delete all your workshops, processes and settings for good?$\r$\n$\r$\n$DataDir$\r$\n$SettingsDir$\r$\n$\r$\nThis cannot be undone."
