/*
 * gazetteer_file.h -- the on-disk layout of a compiled gazetteer, shared by
 * the reader (gazetteer.c) and the builder (gazetteer_build.c).
 */
#ifndef GE_GAZETTEER_FILE_H
#define GE_GAZETTEER_FILE_H

#include <stdint.h>

#define GZ_MAGIC "GEOEVGAZ" /* 8 bytes, no NUL */
#define GZ_VERSION 1u
#define GZ_ENDIAN 0x01020304u /* written natively: a file from another endianness is refused */
#define GZ_ALIGN 8u

/* Sections, in file order. */
enum {
    GZ_SEC_PLACES,       /* ge_place[nplaces] */
    GZ_SEC_STRINGS,      /* NUL-terminated strings; offset 0 is "" ; last byte is NUL */
    GZ_SEC_NAMES,        /* gz_name[nnames], in build order */
    GZ_SEC_NAME_SLOTS,   /* gz_slot[2^k]: open-addressing hash table over names */
    GZ_SEC_CANDS,        /* ge_candidate[], each name's run sorted by descending prior */
    GZ_SEC_TOKEN_SLOTS,  /* gz_slot[2^k]: first token hash -> max tokens (value) */
    GZ_SEC_COUNTRIES,    /* gz_country[26*26], indexed by (c0-'A')*26 + (c1-'A') */
    GZ_SEC_ADMIN1_SLOTS, /* gz_slot[2^k]: hash("CC.code") -> place index */
    GZ_SEC_META,         /* metadata text, NUL-terminated */
    GZ_NSEC
};

typedef struct gz_section {
    uint64_t off, size; /* bytes from the start of the file */
} gz_section;

typedef struct gz_header {
    char magic[8];
    uint32_t version;
    uint32_t endian;
    uint64_t file_size;
    uint64_t checksum;   /* FNV-1a 64 of the whole file with this field zero */
    uint32_t nsections;  /* GZ_NSEC */
    uint32_t place_size; /* sizeof(ge_place) */
    uint32_t nplaces, nnames, ncands, reserved;
    gz_section sec[GZ_NSEC];
} gz_header;

typedef struct gz_name {
    uint32_t key, keylen; /* string pool offset and length of the normalized key */
    uint32_t flags;       /* GE_NAMEF_* */
    uint32_t ntokens;
    uint32_t cand, ncands; /* range in GZ_SEC_CANDS */
} gz_name;

/* A hash slot: tag = high 32 bits of ge_hash(key) with the low bit forced
 * to 1 (0 marks an empty slot); the slot index starts at the low bits of
 * the hash and probes linearly. */
typedef struct gz_slot {
    uint32_t tag;
    uint32_t value;
} gz_slot;

typedef struct gz_country {
    uint32_t place;  /* UINT32_MAX when absent */
    char alpha3[4];  /* NUL-terminated ISO alpha-3, "" when unknown */
} gz_country;

static inline uint32_t gz_tag(uint64_t h)
{
    return (uint32_t)(h >> 32) | 1u;
}

#endif
