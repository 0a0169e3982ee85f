<?php
/**
 * The elements' module scripts: each element's own entry from cdn/ (shipped
 * in the plugin, so a page needs no outside host), enqueued only on pages
 * that show that element, and once however many times it appears.
 *
 * WordPress 6.5 has script modules (`wp_enqueue_script_module`); 6.1–6.4 get a
 * normal script turned into `type="module"` by the `script_loader_tag` filter.
 * The editor always takes that second way: it works in every version's admin.
 *
 * @package cs-history-elements
 */

namespace CsHistoryElements;

defined( 'ABSPATH' ) || exit;

const HANDLE_PREFIX = 'cs-history-elements-';

/**
 * The URL of an element's entry module.
 *
 * @param string $tag The element.
 * @return string
 */
function entry_url( $tag ) {
	return plugins_url( 'cdn/' . $tag . '.js', PLUGIN_FILE );
}

/**
 * Enqueues the entry of one element (WordPress keeps each handle once).
 *
 * @param string $tag The element.
 */
function enqueue( $tag ) {
	if ( ! isset( elements()[ $tag ] ) ) {
		return;
	}
	if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
		wp_enqueue_script_module( HANDLE_PREFIX . $tag, entry_url( $tag ), array(), VERSION );
		return;
	}
	wp_enqueue_script( HANDLE_PREFIX . $tag, entry_url( $tag ), array(), VERSION, true );
}

/**
 * Makes our classic-enqueued scripts modules (WordPress before 6.5, and the editor).
 *
 * @param string $html   The script tag.
 * @param string $handle The script's handle.
 * @return string
 */
function as_module( $html, $handle ) {
	if ( 0 !== strpos( $handle, HANDLE_PREFIX ) || 'cs-history-elements-blocks' === $handle ) {
		return $html;
	}
	$html = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $html );
	return preg_replace( '/<script(?=\s[^>]*\bsrc=)/', '<script type="module"', $html, 1 );
}

/**
 * The block editor: the blocks' script, the attribute list it builds its
 * controls from, and every element so that the previews come alive.
 */
function enqueue_editor_assets() {
	wp_enqueue_script(
		'cs-history-elements-blocks',
		plugins_url( 'blocks/editor.js', PLUGIN_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
		VERSION,
		true
	);
	wp_set_script_translations( 'cs-history-elements-blocks', 'cs-history-elements', plugin_dir_path( PLUGIN_FILE ) . 'languages' );
	wp_add_inline_script(
		'cs-history-elements-blocks',
		'window.csHistoryElements = ' . wp_json_encode( elements() ) . ';',
		'before'
	);
	foreach ( array_keys( elements() ) as $tag ) {
		wp_enqueue_script( HANDLE_PREFIX . $tag, entry_url( $tag ), array(), VERSION, true );
	}
}
