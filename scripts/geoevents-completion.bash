# bash completion for geoevents (installed as
# share/bash-completion/completions/geoevents by `cmake --install`).
_geoevents()
{
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "map gazetteer eval eval-events --help --version" -- "$cur"))
        return
    fi
    case ${COMP_WORDS[1]} in
    map)
        case $prev in
        -f|--driver)
            COMPREPLY=($(compgen -W "GeoJSON GeoJSONSeq GPKG 'ESRI Shapefile' FlatGeobuf CSV LIBKML KML GPX MBTiles SQLite HTML PLOVER" -- "$cur"))
            return ;;
        --layers)
            COMPREPLY=($(compgen -W "events mentions articles events,mentions events,mentions,articles all" -- "$cur"))
            return ;;
        --format) COMPREPLY=(plover); return ;;
        -t_srs|--t_srs)
            COMPREPLY=($(compgen -W "EPSG:4326 EPSG:3857" -- "$cur"))
            return ;;
        -lco|-dsco|-nln|--date|--home|--threads|--min-confidence|--shard|--max-bytes|--top|--id-field|--title-field|--url-field|--date-field|--text-field)
            return ;;
        -o|--output|--gazetteer|--lexicon|--lexicon-dir|--summary-json)
            COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
        esac
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "-o --output -f --driver -t_srs --layers --format -lco -dsco -nln
                -append -progress --no-progress --debug --keep-going --strict --summary --top
                --summary-json --gazetteer --lexicon --lexicon-dir --date --home --max-bytes --threads
                --id-field --title-field --url-field --date-field --text-field --overwrite
                --keep-unlocated --min-confidence --csv-raw --counters --shard -q --quiet -h --help" -- "$cur"))
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi ;;
    gazetteer)
        [ "$COMP_CWORD" -eq 2 ] && COMPREPLY=($(compgen -W "build info lookup" -- "$cur")) ;;
    *)
        COMPREPLY=($(compgen -f -- "$cur")) ;;
    esac
}
complete -o filenames -F _geoevents geoevents
