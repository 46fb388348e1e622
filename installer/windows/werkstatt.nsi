; Werkstatt for Windows: installer and uninstaller (NSIS 3, Modern UI 2, MultiUser).
;
;   makensis -WX -DVERSION=0.1.0 -DPAYLOAD=C:\build\dist\werkstatt -DOUTFILE=C:\build\Werkstatt-Setup-0.1.0.exe
;            [-DICON=werkstatt.ico] [-DCOMPRESSOR=lzma|zlib|bzip2|none] [-DNO_PAYLOAD_CHECK] werkstatt.nsi
;
; makensis runs in this script's folder, so relative paths in the defines are relative to installer\windows\.
; (On Windows /D works like -D; on Linux only -D does.)
; README.md beside this file lists the command-line switches of the installer and the uninstaller.

Unicode true

;--------------------------------
; Inputs

!ifndef VERSION
  !error "VERSION is missing: pass the application's version, e.g. -DVERSION=0.1.0"
!endif
!ifndef PAYLOAD
  !error "PAYLOAD is missing: pass the frozen application folder (with werkstatt.exe), e.g. -DPAYLOAD=dist\werkstatt"
!endif
!if ! /FileExists "${PAYLOAD}\*"
  !error "PAYLOAD folder '${PAYLOAD}' does not exist"
!endif
; CI may compile the script with the Linux build as a stand-in payload only to prove that the script is valid.
!ifndef NO_PAYLOAD_CHECK
  !if ! /FileExists "${PAYLOAD}\werkstatt.exe"
    !error "PAYLOAD '${PAYLOAD}' has no werkstatt.exe: pass the Windows build (or -DNO_PAYLOAD_CHECK for a syntax-only build)"
  !endif
!endif
!ifdef ICON
  !if ! /FileExists "${ICON}"
    !error "ICON '${ICON}' does not exist"
  !endif
!endif
!define /ifndef OUTFILE "Werkstatt-Setup-${VERSION}.exe"
!define /ifndef COMPRESSOR "lzma"

; Windows wants four numbers (X.Y.Z.W) in the version resource: 0.1.0 -> 0.1.0.0, 1.2 -> 1.2.0.0,
; 0.2.0rc1 -> 0.2.0.0. /math turns a missing part into 0 and drops a pre-release suffix.
!searchparse /noerrors "${VERSION}" "" _V1 "." _V2 "." _V3 "." _V4
!define /math _VN1 "${_V1}" + 0
!if "${_VN1}" != "${_V1}"
  !error "VERSION '${VERSION}' must start with a number, e.g. 0.1.0"
!endif
!define /math _VN2 "${_V2}" + 0
!define /math _VN3 "${_V3}" + 0
!define /math _VN4 "${_V4}" + 0
!define VERSION_QUAD "${_VN1}.${_VN2}.${_VN3}.${_VN4}"

;--------------------------------
; General

!define APP_NAME "Werkstatt"
!define APP_EXE "werkstatt.exe"
!define APP_ID "de.prozesswerkstatt.Werkstatt"
!define PUBLISHER "Werkstatt-Team"
; Named after the application id: registry keys are case-insensitive, and HKCU\Software\werkstatt holds the
; user's settings, which must survive an uninstall.
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define UNINST_EXE "uninstall.exe"
!define SHORTCUT "${APP_NAME}.lnk"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME} ${VERSION}"
; Only the compile-time default: MultiUser sets the real one per install mode. Its last part ("Werkstatt") is
; appended when the user browses to a folder, so a bare "C:\Tools" becomes "C:\Tools\Werkstatt".
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
ManifestDPIAware true
ShowInstDetails hide
ShowUninstDetails hide

!if "${COMPRESSOR}" == "none"
  ; A 300 MB payload compiles in seconds instead of minutes: for CI builds that are never shipped.
  SetCompress off
!else if "${COMPRESSOR}" == "lzma"
  SetCompressor /SOLID /FINAL lzma
  SetCompressorDictSize 32
!else if "${COMPRESSOR}" == "zlib"
  SetCompressor /SOLID /FINAL zlib
!else if "${COMPRESSOR}" == "bzip2"
  SetCompressor /SOLID /FINAL bzip2
!else
  !error "COMPRESSOR '${COMPRESSOR}' is not one of lzma, zlib, bzip2, none"
!endif

;--------------------------------
; Per-user or per-machine (MultiUser.nsh)

; Highest: an administrator gets the UAC prompt and may choose either mode, a standard user installs for
; himself without being asked for a password.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
!define MULTIUSER_USE_PROGRAMFILES64
; A previous installation decides the default mode (an update stays where it was) ...
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINST_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallLocation"
; ... and, through OnInstallModeChanged, the default folder. MultiUser's own INSTDIR_REGISTRY_KEY is not used:
; it would also move $INSTDIR in the uninstaller away from the folder the uninstaller runs from.
!define MULTIUSER_INSTALLMODE_FUNCTION OnInstallModeChanged
!define MULTIUSER_INSTALLMODEPAGE_SHOWUSERNAME
!define MULTIUSER_INIT_TEXT_ALLUSERSNOTPOSSIBLE "$(MsgAllUsersNotPossible)"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh
!include nsDialogs.nsh
!include Sections.nsh

; Used by the texts in lang_*.nsh, so declared before them.
Var CmdLineInstDir ; the folder given with /D=, which wins over every default
Var PrevInstDir ; where the registry says the previous installation of this mode is
Var DataDir ; %LOCALAPPDATA%\werkstatt of the user running setup: database, logs
Var SettingsDir ; %APPDATA%\werkstatt of that user: werkstatt.ini (QSettings, IniFormat)
Var RemoveData ; 1 when the uninstaller also deletes the user's data
Var DataCheckbox

;--------------------------------
; Pages

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"
!define MUI_LANGDLL_WINDOWTITLE "Werkstatt"
!define MUI_LANGDLL_INFO "Sprache / Language"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchUnelevated
!insertmacro MUI_PAGE_FINISH

UninstPage custom un.DataPageShow un.DataPageLeave
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; German first: it is the fallback when the user's Windows language is neither German nor English.
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL
!include lang_de.nsh
!include lang_en.nsh
!include association.nsh
!include userdata.nsh

;--------------------------------
; Version resource of Werkstatt-Setup-X.Y.Z.exe

!define /date BUILD_YEAR "%Y"
VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
!macro VERSION_KEYS LANG DESCRIPTION
  VIAddVersionKey /LANG=${LANG} "ProductName" "${APP_NAME}"
  VIAddVersionKey /LANG=${LANG} "ProductVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG} "FileVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG} "CompanyName" "${PUBLISHER}"
  VIAddVersionKey /LANG=${LANG} "FileDescription" "${DESCRIPTION}"
  VIAddVersionKey /LANG=${LANG} "LegalCopyright" "© ${BUILD_YEAR} ${PUBLISHER}"
!macroend
!insertmacro VERSION_KEYS ${LANG_GERMAN} "Werkstatt ${VERSION} – Installation"
!insertmacro VERSION_KEYS ${LANG_ENGLISH} "Werkstatt ${VERSION} Setup"

;--------------------------------
; Shared by installer and uninstaller (macros, because functions cannot be shared between the two)

; Waits while werkstatt.exe in DIR runs: a running program image cannot be opened for writing, which is
; cheaper and surer than looking for a window. Silent runs give up at once (exit code 2).
!macro WAIT_UNTIL_CLOSED DIR
  ${Do}
    ${IfNot} ${FileExists} "${DIR}\${APP_EXE}"
      ${Break}
    ${EndIf}
    ClearErrors
    FileOpen $0 "${DIR}\${APP_EXE}" a
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    ${If} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MsgAppRunning)" /SD IDCANCEL IDCANCEL`
      Abort
    ${EndIf}
  ${Loop}
!macroend

; $VAR = 1 when DIR holds an installed Werkstatt: werkstatt.exe beside our uninstall.exe. Only then does
; setup delete the folder on an update; a folder with other files is never taken (see CheckInstallDir).
!macro IS_WERKSTATT_FOLDER DIR VAR
  StrCpy ${VAR} 0
  ${If} ${FileExists} "${DIR}\${APP_EXE}"
  ${AndIf} ${FileExists} "${DIR}\${UNINST_EXE}"
    StrCpy ${VAR} 1
  ${EndIf}
!macroend

;--------------------------------
; Installer sections

Section "!$(SecProgramName)" SecProgram
  SectionIn RO
  Call CheckInstallDir
  ${If} $0 != ""
    MessageBox MB_OK|MB_ICONSTOP "$0" /SD IDOK
    Abort
  ${EndIf}
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR"

  ; Update: the old program folder goes first, so that no module, DLL or Qt plugin of the old version stays
  ; beside the new one (PyInstaller loads whatever lies in _internal). Done here rather than by running the
  ; old uninstaller: no second process, no second UAC prompt, and the shortcuts, association and registry
  ; entries are written anew below anyway. The user's data never lives in the program folder.
  ReadRegStr $PrevInstDir SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $PrevInstDir != ""
  ${AndIf} $PrevInstDir != $INSTDIR
    ; Moved to another folder: the old one would be left behind without an entry in Add/Remove Programs.
    !insertmacro IS_WERKSTATT_FOLDER "$PrevInstDir" $1
    ${If} $1 == 1
      !insertmacro WAIT_UNTIL_CLOSED "$PrevInstDir"
      !insertmacro REMOVE_ASSOCIATION "$PrevInstDir"
      RMDir /r "$PrevInstDir"
    ${EndIf}
  ${EndIf}
  !insertmacro IS_WERKSTATT_FOLDER "$INSTDIR" $1
  ${If} $1 == 1
    RMDir /r "$INSTDIR"
  ${EndIf}

  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*"
  WriteUninstaller "$INSTDIR\${UNINST_EXE}"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"

  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINST_EXE}"'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINST_EXE}" /S'
  WriteRegStr SHCTX "${UNINST_KEY}" "Installer Language" "$LANGUAGE"
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "$(SecAssocName)" SecAssoc
  !insertmacro WRITE_ASSOCIATION "$INSTDIR"
SectionEnd

Section /o "$(SecDesktopName)" SecDesktop
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"
SectionEnd

; The phones in the room reach Werkstatt's small web server on TCP 8730–8739 (werkstatt.phones.network.PORT_RANGE).
; Windows asks at the first start of the server otherwise, which a standard user cannot answer. This rule
; lets in only the local subnet, only on networks Windows calls private, only on those ports (for werkstatt.exe
; and werkstatt-cli.exe alike). It needs administrator rights, so it is made for an installation for all users
; only (/PhoneFirewall for a silent one); the uninstaller removes it.
!define FIREWALL_RULE "Werkstatt - phones in the room"
Section /o "$(SecFirewallName)" SecFirewall
  ${If} $MultiUser.InstallMode == "AllUsers"
    nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${FIREWALL_RULE}"'
    Pop $0
    nsExec::ExecToLog 'netsh advfirewall firewall add rule name="${FIREWALL_RULE}" dir=in action=allow \
      protocol=TCP localport=8730-8739 remoteip=localsubnet profile=private'
    Pop $0
  ${EndIf}
SectionEnd

; Components left out in an update take back what the previous version had put there.
Section "-Finish"
  ${IfNot} ${SectionIsSelected} ${SecAssoc}
    !insertmacro REMOVE_ASSOCIATION "$INSTDIR"
  ${EndIf}
  ${IfNot} ${SectionIsSelected} ${SecDesktop}
  ${AndIf} $PrevInstDir != ""
    Delete "$DESKTOP\${SHORTCUT}"
  ${EndIf}
  !insertmacro NOTIFY_SHELL_ASSOC_CHANGED
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(SecProgramDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecAssoc} "$(SecAssocDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecFirewall} "$(SecFirewallDesc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

;--------------------------------
; Installer functions

Function .onInit
  ${IfNot} ${RunningX64}
    ; Qt 6 and so Werkstatt exist for 64-bit Windows only.
    MessageBox MB_OK|MB_ICONSTOP "$(MsgRequires64Bit)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; NSIS has put /D= into $INSTDIR already; MultiUser would overwrite it with its defaults.
  ${If} $INSTDIR != "$LOCALAPPDATA\Programs\${APP_NAME}"
    StrCpy $CmdLineInstDir $INSTDIR
  ${EndIf}

  ${GetParameters} $R0
  ; A silent /AllUsers without administrator rights would stop at MultiUser's message box, invisible to a
  ; deployment tool: end at once with ERROR_ELEVATION_REQUIRED instead.
  ${If} ${Silent}
    ClearErrors
    ${GetOptions} $R0 "/AllUsers" $R1
    ${IfNot} ${Errors}
      UserInfo::GetAccountType
      Pop $R1
      ${If} $R1 != "Admin"
      ${AndIf} $R1 != "Power"
        SetErrorLevel 740
        Quit
      ${EndIf}
    ${EndIf}
  ${EndIf}

  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY

  ; For silent installs, which have no components page.
  ClearErrors
  ${GetOptions} $R0 "/DesktopShortcut" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecDesktop}
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/PhoneFirewall" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecFirewall}
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/NoAssociation" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecAssoc}
  ${EndIf}
FunctionEnd

; Called by MultiUser whenever the mode is set (at start and on the install mode page), after it has set
; $INSTDIR to the mode's default folder.
Function OnInstallModeChanged
  ${If} $CmdLineInstDir != ""
    StrCpy $INSTDIR $CmdLineInstDir
  ${Else}
    ReadRegStr $0 SHCTX "${UNINST_KEY}" "InstallLocation"
    ${If} $0 != ""
      StrCpy $INSTDIR $0
    ${EndIf}
  ${EndIf}
  ; An update keeps the desktop shortcut the user had.
  ${If} ${FileExists} "$DESKTOP\${SHORTCUT}"
    !insertmacro SelectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

; $0 = "" when $INSTDIR may take Werkstatt, else the sentence that says why not.
Function CheckInstallDir
  !insertmacro GET_DATA_DIRS
  StrCpy $0 ""
  ; The uninstaller deletes the program folder whole: it must not lie in the user's data (a non-empty folder
  ; that holds the data is refused below as not empty).
  !insertmacro IS_INSIDE $INSTDIR $DataDir $1
  !insertmacro IS_INSIDE $INSTDIR $SettingsDir $2
  ${If} $1 == 1
  ${OrIf} $2 == 1
    StrCpy $0 "$(MsgDirIsDataDir)"
    Return
  ${EndIf}
  !insertmacro IS_WERKSTATT_FOLDER "$INSTDIR" $1
  ${If} $1 == 1
    Return
  ${EndIf}
  ${DirState} "$INSTDIR" $1
  ${If} $1 == 1 ; exists and is not empty
    StrCpy $0 "$(MsgDirNotEmpty)"
  ${EndIf}
FunctionEnd

Function DirectoryLeave
  Call CheckInstallDir
  ${If} $0 != ""
    MessageBox MB_OK|MB_ICONEXCLAMATION "$0"
    Abort ; stays on the page
  ${EndIf}
FunctionEnd

; Setup runs elevated; Explorer starts the program as the logged-on user instead, whose data it is.
Function LaunchUnelevated
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${APP_EXE}"'
FunctionEnd

;--------------------------------
; Uninstaller

Section "Uninstall"
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR"
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  !insertmacro REMOVE_ASSOCIATION "$INSTDIR"
  ${If} $MultiUser.InstallMode == "AllUsers"
    nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${FIREWALL_RULE}"'
    Pop $0
  ${EndIf}
  SetOutPath "$TEMP" ; not inside the folder that goes next
  ; The whole folder: setup put Werkstatt only into an empty folder or one that held Werkstatt before. An
  ; uninstall.exe copied elsewhere by hand finds no program beside it and removes only itself.
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
  ${OrIf} ${FileExists} "$INSTDIR\_internal\*"
    RMDir /r "$INSTDIR"
  ${Else}
    Delete "$INSTDIR\${UNINST_EXE}"
    RMDir "$INSTDIR"
  ${EndIf}
  ; Started with _?= (so that a deployment tool can wait for it) the uninstaller runs from the folder itself
  ; and cannot delete its own file: Windows removes it and the folder at the next restart.
  ${If} $EXEDIR == $INSTDIR
    Delete /REBOOTOK "$INSTDIR\${UNINST_EXE}"
    RMDir /REBOOTOK "$INSTDIR"
  ${EndIf}
  ReadRegStr $0 SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $0 == $INSTDIR
    DeleteRegKey SHCTX "${UNINST_KEY}"
  ${EndIf}
  ${If} $RemoveData == 1
    !insertmacro REMOVE_USER_DATA
  ${EndIf}
  !insertmacro NOTIFY_SHELL_ASSOC_CHANGED
SectionEnd

Function un.onInit
  SetRegView 64
  ; $INSTDIR is the folder the uninstaller belongs to; MultiUser keeps it.
  !insertmacro MULTIUSER_UNINIT
  ; The mode is the one whose registry entry points at this folder, whatever MultiUser guessed.
  ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
  ReadRegStr $1 HKCU "${UNINST_KEY}" "InstallLocation"
  ${If} $0 == $INSTDIR
    ${If} $MultiUser.Privileges != "Admin"
    ${AndIf} $MultiUser.Privileges != "Power"
      MessageBox MB_OK|MB_ICONSTOP "$(MsgNeedAdminToUninstall)" /SD IDOK
      SetErrorLevel 740
      Quit
    ${EndIf}
    Call un.MultiUser.InstallMode.AllUsers
  ${ElseIf} $1 == $INSTDIR
    Call un.MultiUser.InstallMode.CurrentUser
  ${EndIf}

  StrCpy $RemoveData 0
  ${un.GetParameters} $R0
  ClearErrors
  ${un.GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $RemoveData 1
  ${EndIf}
  !insertmacro GET_DATA_DIRS
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
