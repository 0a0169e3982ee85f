<?php
/**
 * Drives a real WordPress from the command line for scripts/test-wordpress.mjs,
 * one phase per process, as a site owner and an author would through the
 * dashboard:
 *
 *   php site.php <wp-dir> install              the site, with the default theme of 6.1
 *   php site.php <wp-dir> plugin <zip>         the plugin zip through WordPress's own
 *                                              uploader (Plugin_Upgrader), then activated
 *   php site.php <wp-dir> content <json-file>  as an Author (kses on), saves the posts
 *                                              and reports what WordPress kept
 *   php site.php <wp-dir> uninstall            deactivates and deletes the plugin,
 *                                              reports anything of it left behind
 *
 * Each phase prints one JSON object. A new process per phase, because an
 * activated plugin loads only on the next request, as on a real site.
 *
 * @package cs-history-elements
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}

$wp_dir = $argv[1];
$phase  = $argv[2];

if ( 'install' === $phase ) {
	define( 'WP_INSTALLING', true );
}
require $wp_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

/**
 * Prints the phase's answer and ends.
 *
 * @param array $answer What the test reads.
 */
function answer( array $answer ) {
	echo wp_json_encode( $answer ), "\n";
	exit( 0 );
}

const PLUGIN = 'cs-history-elements/cs-history-elements.php';

switch ( $phase ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( 'A test site', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ) );
		answer( array( 'version' => get_bloginfo( 'version' ), 'theme' => get_stylesheet(), 'user' => $result['user_id'] ) );
		break;

	case 'plugin':
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		require_once ABSPATH . 'wp-admin/includes/misc.php';
		wp_set_current_user( 1 );
		WP_Filesystem();
		$options_before = option_names();
		// The uploader deletes the package after unpacking it: give it a copy.
		$package = get_temp_dir() . 'cs-history-elements-wordpress.zip';
		copy( $argv[3], $package );
		$upgrader  = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$installed = $upgrader->install( $package );
		if ( true !== $installed ) {
			answer( array( 'error' => is_wp_error( $installed ) ? $installed->get_error_message() : 'install failed: ' . implode( ' ', $upgrader->skin->get_upgrade_messages() ) ) );
		}
		$activated = activate_plugin( PLUGIN );
		answer(
			array(
				'installed' => $installed,
				'activated' => null === $activated,
				'error'     => is_wp_error( $activated ) ? $activated->get_error_message() : null,
				'options'   => $options_before,
			)
		);
		break;

	case 'content':
		$spec   = json_decode( file_get_contents( $argv[3] ), true );
		$author = wp_insert_user(
			array(
				'user_login' => 'author',
				'user_pass'  => $spec['author_password'],
				'user_email' => 'author@example.org',
				'role'       => 'author',
			)
		);
		// The Author works in Czech: the block editor's notice and sidebar must speak it.
		update_user_meta( $author, 'locale', 'cs_CZ' );
		wp_set_current_user( $author );
		$posts = array();
		foreach ( $spec['posts'] as $key => $content ) {
			$id            = wp_insert_post(
				array(
					'post_title'   => $key,
					'post_content' => $content,
					'post_status'  => 'publish',
				),
				true
			);
			$posts[ $key ] = array(
				'url'    => get_permalink( $id ),
				'saved'  => get_post( $id )->post_content,
				// What the author sees previewing the post: with the editors' notices.
				'author' => apply_filters( 'the_content', get_post( $id )->post_content ),
			);
		}
		// The plugin's verdict on each probe, to compare with the element's in the browser.
		$verdicts = array();
		foreach ( $spec['probes'] as $probe ) {
			$verdicts[] = CsHistoryElements\problems( $probe['tag'], CsHistoryElements\shortcode_values( $probe['tag'], shortcode_parse_atts( $probe['atts'] ) ?: array() ) );
		}
		answer(
			array(
				'unfiltered_html' => current_user_can( 'unfiltered_html' ),
				'role'            => wp_get_current_user()->roles,
				'posts'           => $posts,
				'verdicts'        => $verdicts,
				'blocks'          => array_values( array_filter( array_keys( WP_Block_Type_Registry::get_instance()->get_all_registered() ), static fn( $name ) => 0 === strpos( $name, 'cs-history/' ) ) ),
				'shortcodes'      => array_values( array_filter( array( 'cs-timeline', 'casualty-chart', 'treaty-card', 'cs-map' ), 'shortcode_exists' ) ),
			)
		);
		break;

	case 'uninstall':
		wp_set_current_user( 1 );
		WP_Filesystem();
		deactivate_plugins( PLUGIN );
		$deleted = delete_plugins( array( PLUGIN ) );
		answer(
			array(
				'deleted'   => true === $deleted,
				'error'     => is_wp_error( $deleted ) ? $deleted->get_error_message() : null,
				'folder'    => file_exists( WP_PLUGIN_DIR . '/cs-history-elements' ),
				'options'   => option_names(),
				'mentions'  => mentions(),
				'installed' => array_keys( get_plugins() ),
			)
		);
		break;
}

/**
 * The names of the site's options, but for those WordPress itself rewrites on
 * every request (cron, transients).
 *
 * @return string[]
 */
function option_names() {
	global $wpdb;
	return $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name NOT LIKE '%transient%' AND option_name <> 'cron' ORDER BY option_name" );
}

/**
 * Rows that name the plugin in options, post meta or user meta.
 *
 * @return string[]
 */
function mentions() {
	global $wpdb;
	$like = array( '%cs-history-elements%', '%cs_history%', '%cshistory%' );
	$rows = array();
	foreach ( $like as $pattern ) {
		$rows = array_merge(
			$rows,
			$wpdb->get_col( $wpdb->prepare( "SELECT CONCAT('option ', option_name) FROM {$wpdb->options} WHERE option_name LIKE %s OR option_value LIKE %s", $pattern, $pattern ) ),
			$wpdb->get_col( $wpdb->prepare( "SELECT CONCAT('postmeta ', meta_key) FROM {$wpdb->postmeta} WHERE meta_key LIKE %s OR meta_value LIKE %s", $pattern, $pattern ) ),
			$wpdb->get_col( $wpdb->prepare( "SELECT CONCAT('usermeta ', meta_key) FROM {$wpdb->usermeta} WHERE meta_key LIKE %s OR meta_value LIKE %s", $pattern, $pattern ) )
		);
	}
	return array_values( array_unique( $rows ) );
}
