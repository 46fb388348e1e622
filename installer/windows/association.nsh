; The file association for Werkstatt packages (*.werkstatt, application/x-werkstatt-package).
; Written under SHCTX\Software\Classes: SHCTX is HKCU for a per-user and HKLM for a per-machine install
; (MultiUser.nsh sets it with SetShellVarContext), so a per-user install never needs administrator rights.

!define ASSOC_EXT ".werkstatt"
!define ASSOC_PROGID "Werkstatt.Package"
!define ASSOC_MIME "application/x-werkstatt-package"
!define ASSOC_CLASSES "Software\Classes"

; SHCNE_ASSOCCHANGED with SHCNF_IDLIST: Explorer rereads icons and "Open with" at once, without a logoff.
!macro NOTIFY_SHELL_ASSOC_CHANGED
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

; The open command is `"DIR\werkstatt.exe" open "%1"`: the app's command for opening a package.
!macro WRITE_ASSOCIATION DIR
  WriteRegStr SHCTX "${ASSOC_CLASSES}\${ASSOC_EXT}" "" "${ASSOC_PROGID}"
  WriteRegStr SHCTX "${ASSOC_CLASSES}\${ASSOC_EXT}" "Content Type" "${ASSOC_MIME}"
  ; OpenWithProgids keeps Werkstatt in "Open with" even after the user picked another default program.
  WriteRegNone SHCTX "${ASSOC_CLASSES}\${ASSOC_EXT}\OpenWithProgids" "${ASSOC_PROGID}"
  WriteRegStr SHCTX "${ASSOC_CLASSES}\${ASSOC_PROGID}" "" "$(AssocDescription)"
  WriteRegStr SHCTX "${ASSOC_CLASSES}\${ASSOC_PROGID}\DefaultIcon" "" "${DIR}\${APP_EXE},0"
  WriteRegStr SHCTX "${ASSOC_CLASSES}\${ASSOC_PROGID}\shell" "" "open"
  WriteRegStr SHCTX "${ASSOC_CLASSES}\${ASSOC_PROGID}\shell\open\command" "" `"${DIR}\${APP_EXE}" open "%1"`
  WriteRegStr SHCTX "${ASSOC_CLASSES}\MIME\Database\Content Type\${ASSOC_MIME}" "Extension" "${ASSOC_EXT}"
!macroend

; Removes the association only while its open command still starts the werkstatt.exe in DIR: another
; program (or a Werkstatt install elsewhere) that took .werkstatt over keeps it.
!macro REMOVE_ASSOCIATION DIR
  Push $0
  ReadRegStr $0 SHCTX "${ASSOC_CLASSES}\${ASSOC_PROGID}\shell\open\command" ""
  ${If} $0 == `"${DIR}\${APP_EXE}" open "%1"`
    DeleteRegKey SHCTX "${ASSOC_CLASSES}\${ASSOC_PROGID}"
    ReadRegStr $0 SHCTX "${ASSOC_CLASSES}\${ASSOC_EXT}" ""
    ${If} $0 == "${ASSOC_PROGID}"
      DeleteRegValue SHCTX "${ASSOC_CLASSES}\${ASSOC_EXT}" ""
      DeleteRegValue SHCTX "${ASSOC_CLASSES}\${ASSOC_EXT}" "Content Type"
    ${EndIf}
    DeleteRegValue SHCTX "${ASSOC_CLASSES}\${ASSOC_EXT}\OpenWithProgids" "${ASSOC_PROGID}"
    DeleteRegKey /IfEmpty SHCTX "${ASSOC_CLASSES}\${ASSOC_EXT}\OpenWithProgids"
    DeleteRegKey /IfEmpty SHCTX "${ASSOC_CLASSES}\${ASSOC_EXT}"
    ReadRegStr $0 SHCTX "${ASSOC_CLASSES}\MIME\Database\Content Type\${ASSOC_MIME}" "Extension"
    ${If} $0 == "${ASSOC_EXT}"
      DeleteRegKey SHCTX "${ASSOC_CLASSES}\MIME\Database\Content Type\${ASSOC_MIME}"
    ${EndIf}
  ${EndIf}
  Pop $0
!macroend
